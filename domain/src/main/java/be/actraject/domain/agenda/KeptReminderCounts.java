package be.actraject.domain.agenda;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A week's or month's reminder counts per day ({@link Agenda#overview}) kept a short while once they are many (issue
 * 19). Counting a period's next conversations and follow-ups reads each of them — at the load harness's 30,000
 * candidates a coordinator's month holds 6,000 next conversations, and counting them made the month 1.8× its time at
 * 300 — and no index makes a count of thousands flat. Below {@code actraject.agenda.counts-kept-from} reminders in the
 * period (1,000) they are counted for every page, as before; from there on the counts of one reader's scope, period
 * and schedule are kept for at most {@code actraject.agenda.counts-max-age} (60 s) on this node, and say when they
 * were counted, which the page shows. The entries a page names are always read now.
 */
@Component
class KeptReminderCounts {

    private final Clock clock;
    private final long keptFrom;
    private final Cache<Key, Counted> kept;

    @Autowired
    KeptReminderCounts(Clock clock, @Value("${actraject.agenda.counts-kept-from:1000}") long keptFrom,
                       @Value("${actraject.agenda.counts-max-age:60s}") Duration maxAge) {
        this(clock, keptFrom, maxAge, Ticker.systemTicker());
    }

    KeptReminderCounts(Clock clock, long keptFrom, Duration maxAge, Ticker ticker) {
        this.clock = clock;
        this.keptFrom = keptFrom;
        // A week and a month around today for each coach and for all: a few hundred entries at most.
        this.kept = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(maxAge).ticker(ticker).build();
    }

    /**
     * The counts, kept or counted now by {@code count}.
     *
     * @param coach          whose candidates, null for all ({@link AgendaScope#coach})
     * @param coachingRecord whether the reader reads the coaching record (the office counts its limits only)
     * @param offsets the parameter {@code aftercare-follow-ups} they were counted with
     */
    Counted count(String coach, boolean coachingRecord, LocalDate from, LocalDate until, List<Period> offsets,
                  Supplier<Map<LocalDate, Map<AgendaItem.Kind, Integer>>> count) {
        Key key = new Key(coach, coachingRecord, from, until, List.copyOf(offsets));
        Counted counted = kept.getIfPresent(key);
        if (counted != null) {
            return counted;
        }
        Map<LocalDate, Map<AgendaItem.Kind, Integer>> perDay = count.get();
        long total = perDay.values().stream().flatMap(kinds -> kinds.values().stream()).mapToLong(n -> n).sum();
        if (total < keptFrom) {
            return new Counted(perDay, null);
        }
        Counted keeping = new Counted(perDay, clock.instant());
        kept.put(key, keeping);
        return keeping;
    }

    private record Key(String coach, boolean coachingRecord, LocalDate from, LocalDate until, List<Period> offsets) {
    }

    /**
     * @param perDay    per day, per kind of {@link AgendaOverview#COUNTED_KINDS}, how many are due
     * @param countedAt when they were counted, when kept; null when counted for this page
     */
    record Counted(Map<LocalDate, Map<AgendaItem.Kind, Integer>> perDay, Instant countedAt) {

        Counted {
            perDay = Map.copyOf(perDay);
        }
    }
}
