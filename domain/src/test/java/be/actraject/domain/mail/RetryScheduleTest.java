package be.actraject.domain.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        assertThat(List.of(1, 2, 3, 4, 5, 30).stream().map(SCHEDULE::waitAfter).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    @Test
    void aFailedMessageWaitsItsTurnAndIsGivenUpAfterTheLastAttemptButKept() {
        MailMessage message = new MailMessage(new OutgoingMail("klant@voorbeeld.test", "Factuur", "Beste",
                MailAbout.INVOICE, 7L, 3L, List.of()), NOW);

        message.failed("421 service not available", NOW, SCHEDULE);
        assertThat(message.getState()).isEqualTo(MailState.QUEUED);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        for (int i = 0; i < 4; i++) {
            message.failed("421 service not available", NOW, SCHEDULE);
        }

        assertThat(message.getState()).isEqualTo(MailState.FAILED);
        assertThat(message.getAttempts()).isEqualTo(5);
        assertThat(message.getLastError()).isEqualTo("421 service not available");
    }

    @Test
    void aGivenUpMessageCanBeMadeDueAgainButASentOneCannot() {
        MailMessage message = new MailMessage(new OutgoingMail("klant@voorbeeld.test", "Factuur", "Beste",
                MailAbout.INVOICE, 7L, 3L, List.of()), NOW);
        for (int i = 0; i < 5; i++) {
            message.failed("weg", NOW, SCHEDULE);
        }

        message.dueNow(NOW.plusSeconds(5));
        assertThat(message.getState()).isEqualTo(MailState.QUEUED);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(5));

        message.sent(NOW.plusSeconds(6));
        assertThatThrownBy(() -> message.dueNow(NOW.plusSeconds(7))).isInstanceOf(MailAlreadySentException.class);
    }

    @Test
    void aLongErrorIsCutToWhatTheColumnHolds() {
        MailMessage message = new MailMessage(new OutgoingMail("klant@voorbeeld.test", "Factuur", "Beste",
                MailAbout.INVOICE, null, null, List.of()), NOW);

        message.failed("x".repeat(5000), NOW, SCHEDULE);

        assertThat(message.getLastError()).hasSize(MailMessage.ERROR_LENGTH);
    }
}
