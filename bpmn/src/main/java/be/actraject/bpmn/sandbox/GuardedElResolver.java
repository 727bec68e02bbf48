package be.actraject.bpmn.sandbox;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * The only way an expression in a model reaches an object, at the moment the engine evaluates it: process variables
 * (and the execution and task) by name, then the beans of {@link ModelReach} by name, and nothing else; members only
 * of the execution and the task as the allow-list says, methods only of allowed beans, and only when they give a
 * plain value back. Everything else is refused with a {@link ModelReachException}, whatever the validator let through.
 */
final class GuardedElResolver extends ELResolver {

    private final ModelReach reach;
    private final ELResolver variables;
    private final Function<String, Object> beans;
    private final ELResolver members = new BeanELResolver(true);
    /** The allowed beans handed out so far, by identity: a call is allowed on these objects only. */
    private final Map<Object, String> handedOut = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param variables resolves process and decision variables, the execution and the task (base null only)
     * @param beans     looks a bean up by name; called only for names in the allow-list
     */
    GuardedElResolver(ModelReach reach, ELResolver variables, Function<String, Object> beans) {
        this.reach = reach;
        this.variables = variables;
        this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            Object value = variables.getValue(context, null, property);
            if (context.isPropertyResolved()) {
                return value;
            }
            String name = String.valueOf(property);
            if (!reach.reachable(name)) {
                throw new ModelReachException("'" + name + "' is neither a variable nor a bean a model may reach");
            }
            Object bean = beans.apply(name);
            handedOut.put(bean, name);
            context.setPropertyResolved(true);
            return bean;
        }
        String member = String.valueOf(property);
        if (readable(base, member)) {
            return members.getValue(context, base, property);
        }
        throw refused(base, member);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        String name = String.valueOf(method);
        String bean = handedOut.get(base);
        boolean allowed = bean != null ? reach.callable(bean, name) : readable(base, name);
        if (!allowed) {
            throw refused(base, name);
        }
        Object result = members.invoke(context, base, method, paramTypes, params);
        if (!PlainValues.isPlain(result)) {
            // What a model holds must stay a value: an object would hand its methods to the next expression or to FEEL.
            throw new ModelReachException("'" + name + "' gave a " + result.getClass().getSimpleName()
                    + ", which is not a plain value a model may hold");
        }
        return result;
    }

    private boolean readable(Object base, String member) {
        return base instanceof DelegateExecution && reach.executionReads().contains(member)
                || base instanceof DelegateTask && reach.taskReads().contains(member);
    }

    private ModelReachException refused(Object base, String member) {
        String on = handedOut.containsKey(base) ? handedOut.get(base)
                : base instanceof DelegateExecution ? "execution"
                : base instanceof DelegateTask ? "task" : "a value of type " + base.getClass().getSimpleName();
        return new ModelReachException("'" + member + "' of " + on + " is out of a model's reach");
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base == null) {
            return variables.getType(context, null, property);
        }
        if (readable(base, String.valueOf(property))) {
            return members.getType(context, base, property);
        }
        throw refused(base, String.valueOf(property));
    }

    /** Variables may be written by name (the engine's own mappings do); nothing else may. */
    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw refused(base, String.valueOf(property));
        }
        variables.setValue(context, null, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return base != null || variables.isReadOnly(context, null, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
