package be.actraject.web.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Hikari hands out a pooled connection used within its "alive bypass window" (500 ms by default) without checking it:
 * a request right after the database went silent would then wait for the driver's socket timeout (20 s) instead of
 * the pool's check ({@code spring.datasource.hikari.validation-timeout}, 1 s) and its connection timeout (3 s). The
 * window is a JVM-wide system property that Hikari reads once, when its pool class loads; this sets it from
 * {@code actraject.database.alive-bypass-window-ms} (0: every connection is checked as it is handed out) before any
 * pool exists. A value already given on the command line ({@code -Dcom.zaxxer.hikari.aliveBypassWindowMs}) stays.
 */
public class PoolAliveCheck implements EnvironmentPostProcessor {

    static final String HIKARI_PROPERTY = "com.zaxxer.hikari.aliveBypassWindowMs";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(HIKARI_PROPERTY) == null) {
            System.setProperty(HIKARI_PROPERTY,
                    environment.getProperty("actraject.database.alive-bypass-window-ms", "0"));
        }
    }
}
