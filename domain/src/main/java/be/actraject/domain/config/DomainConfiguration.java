package be.actraject.domain.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The domain's own beans. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /**
     * The clock of the cooperative: dates such as "today" are Belgian dates, whatever zone the server runs in.
     * Tests replace it to move time.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${actraject.zone:Europe/Brussels}") ZoneId zone) {
        return Clock.system(zone);
    }
}
