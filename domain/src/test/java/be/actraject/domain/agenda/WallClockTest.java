package be.actraject.domain.agenda;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wall-clock times of Brussels on the two nights the clocks change, by the zone's own rules. */
class WallClockTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aTimeTheClocksSkipInSpringIsRefusedNotMovedAnHourOn() {
        LocalDateTime skipped = LocalDateTime.of(2027, 3, 28, 2, 30);

        assertThat(WallClock.exists(skipped, BRUSSELS)).isFalse();
        assertThatThrownBy(() -> WallClock.instantOf(skipped, BRUSSELS))
                .isInstanceOf(NonexistentLocalTimeException.class)
                .extracting(e -> ((NonexistentLocalTimeException) e).messageKey()).isEqualTo("wallClock.nonexistent");
        assertThat(WallClock.instantOf(LocalDateTime.of(2027, 3, 28, 3, 30), BRUSSELS))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void aTimeTheAutumnNightHasTwiceIsItsFirstOccurrenceAndAnHourLaterIsTheSecond() {
        Instant first = WallClock.instantOf(LocalDateTime.of(2026, 10, 25, 2, 30), BRUSSELS);
        Instant anHourLater = first.plus(Duration.ofMinutes(60));

        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(ZonedDateTime.ofInstant(anHourLater, BRUSSELS).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(WallClock.ambiguous(first, BRUSSELS)).isTrue();
        assertThat(WallClock.ambiguous(anHourLater, BRUSSELS)).isTrue();
        assertThat(WallClock.ambiguous(Instant.parse("2026-10-25T02:30:00Z"), BRUSSELS)).isFalse();
    }
}
