package be.actraject.domain.config;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @Future} read the cooperative's {@link Clock},
 * not the JVM's: otherwise "today" on a form depends on the server's zone, and a test that moves the clock moves
 * every date but these (Jakarta Validation 3.0, section 9.2.6 "ClockProvider").
 */
@Configuration(proxyBeanMethods = false)
public class ValidationClockConfiguration {

    @Bean
    ValidationConfigurationCustomizer validationUsesTheCooperativeClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
