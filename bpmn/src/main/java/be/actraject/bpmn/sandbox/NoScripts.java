package be.actraject.bpmn.sandbox;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

/**
 * No script runs in this engine: the factory refuses every script while a model is parsed (so a deployment holding
 * one fails), and the resolver finds no script engine for BPMN or DMN (so nothing runs even if a script engine lands
 * on the class path with a library).
 */
final class NoScripts {

    private NoScripts() {
    }

    static final class Factory extends ScriptFactory {

        @Override
        public ExecutableScript createScriptFromResource(String language, String resource) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, String source) {
            throw refused(language);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
            throw refused(language);
        }

        private static ModelReachException refused(String language) {
            return new ModelReachException("Scripts (" + language + ") " + ModelReachException.SCRIPT_REFUSED);
        }
    }

    static final class Resolver implements ScriptEngineResolver {

        /** Asks the platform class loader only, which holds no script engine on Java 17; and is never asked anyway. */
        private final ScriptEngineManager none = new ScriptEngineManager(null);

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
            // No engine is ever added.
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return none;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            return null;
        }
    }
}
