package be.actraject.web.session;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Wraps the session store Spring Boot makes ({@link OutageTolerantSessions}) — a post-processor rather than a store of
 * our own, which would make Boot's JDBC session configuration (its table, cleanup and filter) back off — and registers
 * the two halves of {@link SessionStoreOutageFilter} around it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SessionRepositoryFilter.class)
class OutageTolerantSessionsConfiguration {

    /** Static, as a post-processor must be. */
    @Bean
    static BeanPostProcessor outageTolerantSessionsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof FindByIndexNameSessionRepository<?> store
                        && !(bean instanceof OutageTolerantSessions<?>)) {
                    return new OutageTolerantSessions<>(store);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<SessionStoreOutageFilter.Reset> sessionStoreOutageReset() {
        FilterRegistrationBean<SessionStoreOutageFilter.Reset> registration =
                new FilterRegistrationBean<>(new SessionStoreOutageFilter.Reset());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionStoreOutageFilter> sessionStoreOutageFilter() {
        FilterRegistrationBean<SessionStoreOutageFilter> registration =
                new FilterRegistrationBean<>(new SessionStoreOutageFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }
}
