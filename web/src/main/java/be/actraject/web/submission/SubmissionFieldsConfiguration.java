package be.actraject.web.submission;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts {@link SubmissionFields} in the place of the bean {@code requestDataValueProcessor} — the one name Spring's
 * {@code RequestContext}, and so Thymeleaf, looks for — wrapped around the processor Spring Security registers there
 * for its CSRF field. Wrapping rather than declaring a bean of the same name: Spring Boot forbids overriding a bean
 * definition, and the CSRF field must stay whatever Spring Security's version puts in it.
 * <p>
 * Also registers {@link RepeatedSubmissionFilter} after Spring Security's filters. Registered here rather than as a
 * component: a web slice test ({@code @WebMvcTest}) takes every filter component but no database, and so no ledger.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionFieldsConfiguration {

    /** Static, as a post-processor must be, so that it is in place before the beans it wraps are made. */
    @Bean
    static BeanPostProcessor submissionFieldsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (RequestContextUtils.REQUEST_DATA_VALUE_PROCESSOR_BEAN_NAME.equals(name)
                        && bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof SubmissionFields)) {
                    return new SubmissionFields(processor);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RepeatedSubmissionFilter> repeatedSubmissionFilter(SubmissionLedger ledger) {
        FilterRegistrationBean<RepeatedSubmissionFilter> registration =
                new FilterRegistrationBean<>(new RepeatedSubmissionFilter(ledger));
        // After security: a request it refuses (no CSRF token, not signed in) never uses up a token.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
