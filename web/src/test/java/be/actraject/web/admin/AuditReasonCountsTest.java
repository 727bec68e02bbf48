package be.actraject.web.admin;

import be.actraject.domain.audit.AuditEntry;
import be.actraject.domain.audit.AuditReason;
import be.actraject.web.support.MessageBundles;
import be.actraject.web.system.Dates;
import be.actraject.web.system.Names;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * An audit reason keeps its arguments as text; the audit page still counts with them ("1 verkeerd wachtwoord", not
 * "1 verkeerde wachtwoorden"; issue 16), and an id that is no count stays as it was written.
 */
class AuditReasonCountsTest {

    private final AuditReasons reasons = new AuditReasons(bundles(),
            new Dates(Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneId.of("Europe/Brussels"))),
            Mockito.mock(Names.class));

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void oneWrongPasswordIsSingularAndMoreArePluralInBothLanguages() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        assertThat(line(AuditReason.of(AuditReason.LOCK_STATE, 1, ""))).startsWith("1 verkeerd wachtwoord;");
        assertThat(line(AuditReason.of(AuditReason.LOCK_STATE, 3, ""))).startsWith("3 verkeerde wachtwoorden;");
        assertThat(line(AuditReason.of(AuditReason.BOOTSTRAP_UNLOCKED, 1, "")))
                .contains("(1 verkeerd wachtwoord;");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(line(AuditReason.of(AuditReason.LOCK_STATE, 1, ""))).startsWith("1 wrong password;");
        assertThat(line(AuditReason.of(AuditReason.BOOTSTRAP_RESET, 0, ""))).contains("(no wrong passwords;");
    }

    @Test
    void aMigrationCountsItsTimersAndAnIdStaysAsWritten() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        assertThat(line(AuditReason.of(AuditReason.MIGRATED, 3, 4, 2, 0, 1, 0, "—")))
                .contains("1 timer die opnieuw zou afgaan verwijderd");
        assertThat(line(AuditReason.of(AuditReason.NOT_IN_CASELOAD, 12345))).startsWith("Traject 12345 ");
    }

    private String line(AuditReason reason) {
        AuditEntry entry = Mockito.mock(AuditEntry.class);
        given(entry.getReason()).willReturn(reason);
        return reasons.lines(entry).get(0);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
