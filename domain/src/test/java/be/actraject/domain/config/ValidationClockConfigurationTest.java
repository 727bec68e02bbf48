package be.actraject.domain.config;

import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationClockConfigurationTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(ValidationClockConfiguration.class);

    private static ProspectingEntry happenedOn(LocalDate day) {
        return new ProspectingEntry(day, ProspectingKind.values()[0], "Beurs bezocht", null);
    }

    @Test
    void pastOrPresentIsJudgedByTheCooperativeClockNotTheWallClock() {
        // Far from any real "today", both ways: the wall clock would give the opposite answer for each.
        Instant longAgo = Instant.parse("2001-03-01T09:00:00Z");
        context.withBean(Clock.class, () -> Clock.fixed(longAgo, BRUSSELS)).run(app -> {
            Validator validator = app.getBean(Validator.class);
            assertThat(validator.validate(happenedOn(LocalDate.of(2001, 3, 1)))).isEmpty();
            assertThat(validator.validate(happenedOn(LocalDate.of(2001, 3, 2)))).hasSize(1);
        });
        Instant farAhead = Instant.parse("2999-02-28T12:00:00Z");
        context.withBean(Clock.class, () -> Clock.fixed(farAhead, BRUSSELS)).run(app ->
                assertThat(app.getBean(Validator.class).validate(happenedOn(LocalDate.of(2998, 12, 31)))).isEmpty());
    }

    @Test
    void todayIsTheBelgianDateEvenWhereUtcIsStillYesterday() {
        // 23:30 UTC on 29 February is already 1 March in Brussels.
        Instant lateEvening = Instant.parse("2028-02-29T23:30:00Z");
        context.withBean(Clock.class, () -> Clock.fixed(lateEvening, BRUSSELS)).run(app ->
                assertThat(app.getBean(Validator.class).validate(happenedOn(LocalDate.of(2028, 3, 1)))).isEmpty());
    }
}
