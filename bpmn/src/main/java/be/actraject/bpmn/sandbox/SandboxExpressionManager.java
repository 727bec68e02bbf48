package be.actraject.bpmn.sandbox;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;

import java.lang.reflect.Method;
import java.util.function.Function;

/**
 * The engine's JUEL expression manager with the resolvers replaced: where Camunda's Spring integration exposes every
 * bean of the application context and every method of every object ({@code BeanELResolver}), this one resolves
 * through {@link GuardedElResolver}, and knows only the functions of {@link ModelReach}. DMN's JUEL expressions use
 * it too (the engine hands it to the DMN engine as its EL provider).
 */
final class SandboxExpressionManager extends JuelExpressionManager {

    private final ModelReach reach;
    private final Function<String, Object> beans;

    SandboxExpressionManager(ModelReach reach, Function<String, Object> beans) {
        this.reach = reach;
        this.beans = beans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver variables = new CompositeELResolver();
        variables.add(new VariableScopeElResolver());
        variables.add(new VariableContextElResolver());
        return new GuardedElResolver(reach, variables, beans);
    }

    @Override
    protected FunctionMapper createFunctionMapper() {
        FunctionMapper all = super.createFunctionMapper();
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                boolean allowed = (prefix == null || prefix.isBlank()) && reach.functions().contains(localName);
                return allowed ? all.resolveFunction(prefix, localName) : null;
            }
        };
    }
}
