package be.actraject.web.mail;

import be.actraject.domain.mail.RetrySchedule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's sender runs on Spring's scheduler; its retry schedule comes from the settings. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    RetrySchedule retrySchedule(MailSettings settings) {
        return new RetrySchedule(settings.firstWait(), settings.longestWait(), settings.attempts());
    }
}
