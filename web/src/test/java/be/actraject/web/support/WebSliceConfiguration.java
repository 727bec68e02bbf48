package be.actraject.web.support;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.bpmn.task.NextSteps;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.settings.ParameterChanges;
import be.actraject.domain.config.ValidationClockConfiguration;
import be.actraject.web.find.Statuses;
import be.actraject.web.security.RefusedChanges;
import be.actraject.web.security.SecurityConfiguration;
import be.actraject.web.system.DateWindows;
import be.actraject.web.system.FieldLimits;
import be.actraject.web.system.LanguageLinks;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Names;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.web.task.TaskScreen;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the {@code @WebMvcTest} slices need beyond controllers: security with its record of refusals (the audit log
 * a mock: the full-stack tests check what it holds), the date formatter, a fixed clock that Bean Validation reads too
 * (so a literal date in a slice test is "past" or "future" against {@link #NOW}, on any day).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, RefusedChanges.class, Dates.class, DateWindows.class, FieldLimits.class,
        TaskScreen.class, ValidationClockConfiguration.class, Statuses.class, TrajectoryParameters.class, Names.class,
        LanguageLinks.class})
public class WebSliceConfiguration {

    public static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    @Bean
    AuditLog auditLog() {
        return Mockito.mock(AuditLog.class);
    }

    /** No next step unless a test says so: the flash then holds the completion alone. */
    @Bean
    NextSteps nextSteps() {
        return Mockito.mock(NextSteps.class);
    }

    /** Nobody has a name unless a test mocks the accounts itself ({@code @MockitoBean Accounts}): ids show as ids. */
    @Bean
    Accounts accounts() {
        return Mockito.mock(Accounts.class);
    }

    /** The statuses' aftercare schedules: as kept with each trajectory, else the parameter (no history of it here). */
    @Bean
    AftercareSchedules aftercareSchedules(Clock clock) {
        return new AftercareSchedules(Mockito.mock(ParameterChanges.class), clock);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Brussels"));
    }
}
