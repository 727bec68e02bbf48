package be.actraject.bpmn.sandbox;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Modifier;
import java.util.Arrays;

/** The allow-list and the rules as beans, and a start-up check that the allow-list names what exists. */
@Configuration(proxyBeanMethods = false)
class SandboxConfiguration {

    @Bean
    ModelReach modelReach() {
        return ModelReach.SHIPPED;
    }

    @Bean
    ModelRules modelRules(ModelReach reach, ListableBeanFactory beans) {
        return new ModelRules(reach, beans::containsBean);
    }

    /**
     * Fails the start when a bean or a method of the allow-list is gone (renamed, say) — otherwise the shipped models
     * would fail at their first call instead — or when a method gives something other than a plain value.
     */
    @Bean
    SmartInitializingSingleton modelReachExists(ModelReach reach, ListableBeanFactory beans) {
        return () -> {
            reach.delegates().forEach(name -> requireBean(beans, name));
            reach.methods().forEach((name, methods) -> {
                Class<?> type = requireBean(beans, name);
                for (String method : methods) {
                    var declared = Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(type))
                            .filter(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers())).toList();
                    if (declared.isEmpty()) {
                        throw new IllegalStateException("The models' allow-list names " + name + "." + method
                                + ", which " + type.getName() + " does not have");
                    }
                    declared.stream().filter(m -> !PlainValues.isPlainType(m.getReturnType())).findFirst()
                            .ifPresent(m -> {
                                throw new IllegalStateException("The models' allow-list names " + name + "." + method
                                        + ", which returns " + m.getReturnType().getName()
                                        + ": a model may hold plain values only");
                            });
                }
            });
        };
    }

    private static Class<?> requireBean(ListableBeanFactory beans, String name) {
        if (!beans.containsBean(name)) {
            throw new IllegalStateException("The models' allow-list names the bean " + name + ", which does not exist");
        }
        return AopUtils.getTargetClass(beans.getBean(name));
    }
}
