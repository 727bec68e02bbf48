package be.actraject.web.support;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the application sends, engine and domain alike, by wrapping the data source with
 * datasource-proxy. Counts are per thread: a MockMvc request runs on the test's thread, so {@link #reset()} before
 * it and {@link #count()} after it give the statements of that one page.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    /** The statements sent on this thread since the last reset. */
    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(ds).name(beanName).countQuery().build();
                    }
                    return bean;
                }
            };
        }
    }
}
