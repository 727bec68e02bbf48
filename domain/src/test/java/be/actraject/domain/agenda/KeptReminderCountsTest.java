package be.actraject.domain.agenda;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: many reminder counts of a period kept a minute, and saying from when; few counted for every page. */
class KeptReminderCountsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final List<Period> SCHEDULE = List.of(Period.ofMonths(3));

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final KeptReminderCounts kept = new KeptReminderCounts(Clock.fixed(NOW, ZoneId.of("Europe/Brussels")),
            1000, Duration.ofSeconds(60), ticker);
    private final AtomicInteger counted = new AtomicInteger();

    private Map<LocalDate, Map<AgendaItem.Kind, Integer>> counting(int nextConversations) {
        counted.incrementAndGet();
        return Map.of(MONDAY, Map.of(AgendaItem.Kind.NEXT_CONVERSATION, nextConversations,
                AgendaItem.Kind.AFTERCARE_FOLLOW_UP, 10));
    }

    @Test
    void manyCountsAreKeptAMinutePerScopeAndPeriodAndSaySo() {
        KeptReminderCounts.Counted first = kept.count(null, true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(990));
        assertThat(first.countedAt()).isEqualTo(NOW);
        assertThat(kept.count(null, true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(5)).perDay())
                .isEqualTo(first.perDay());
        assertThat(counted).hasValue(1);

        kept.count("coach", true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(990));
        kept.count(null, true, MONDAY, MONDAY.plusDays(1), SCHEDULE, () -> counting(990));
        kept.count(null, true, MONDAY, MONDAY.plusDays(7), List.of(Period.ofMonths(6)), () -> counting(990));
        kept.count(null, false, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(990));
        assertThat(counted).as("another coach, reader without the coaching record, period or schedule counts afresh")
                .hasValue(5);

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        kept.count(null, true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(990));
        assertThat(counted).as("a minute later").hasValue(6);
    }

    @Test
    void fewCountsAreCountedForEveryPage() {
        KeptReminderCounts.Counted few = kept.count(null, true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(989));
        kept.count(null, true, MONDAY, MONDAY.plusDays(7), SCHEDULE, () -> counting(989));

        assertThat(few.countedAt()).isNull();
        assertThat(counted).hasValue(2);
    }
}
