package be.actraject.bpmn.sandbox;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An expression tried to reach beyond {@link ModelReach}, or a model holds a script: nothing was called. As an
 * engine exception it fails the step like any other error — an incident for the administrator, never a call.
 */
public class ModelReachException extends ProcessEngineException {

    /** The words of a refused script, which the engine's parser repeats inside its own problem message. */
    public static final String SCRIPT_REFUSED = "do not run in models";

    public ModelReachException(String message) {
        super(message);
    }
}
