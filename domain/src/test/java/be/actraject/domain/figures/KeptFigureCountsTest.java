package be.actraject.domain.figures;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Figures are counted for every page with few trajectories; with many, kept up to their maximum age and said so. */
class KeptFigureCountsTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:15:00Z");
    static final Period YEAR = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 20));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger counted = new AtomicInteger();
    final KeptFigureCounts kept = new KeptFigureCounts(jdbc, Clock.fixed(NOW, ZoneId.of("Europe/Brussels")), 1_000,
            Duration.ofSeconds(60), nanos::get);

    @Test
    void withFewTrajectoriesEveryPageCountsAndSaysNothingOfWhen() {
        trajectories(999);

        KeptFigureCounts.Counted first = kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY, counting());
        KeptFigureCounts.Counted second = kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY, counting());

        assertThat(counted).hasValue(2);
        assertThat(first.countedAt()).isNull();
        assertThat(second.rows()).containsExactly(new FigureRow("all", 2, null, null));
    }

    @Test
    void withManyTheRowsAreKeptPerFigurePeriodFilterAndDayUntilTheirMaximumAge() {
        trajectories(1_000);

        KeptFigureCounts.Counted first = kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY, counting());
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        KeptFigureCounts.Counted again = kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY, counting());

        assertThat(counted).hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.countedAt()).isEqualTo(NOW);

        kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE.withCoach("anna"), TODAY, counting());
        kept.count(Figure.ENTRIES, YEAR.previous(), FigureFilter.NONE, TODAY, counting());
        kept.count(Figure.EXITS_BY_TYPE, YEAR, FigureFilter.NONE, TODAY, counting());
        kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY.plusDays(1), counting());
        assertThat(counted).as("another coach, period, figure or day is counted apart").hasValue(5);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        KeptFigureCounts.Counted later = kept.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, TODAY, counting());
        assertThat(counted).hasValue(6);
        assertThat(later.rows()).containsExactly(new FigureRow("all", 6, null, null));
    }

    private void trajectories(long count) {
        given(jdbc.queryForObject(anyString(), eq(Long.class))).willReturn(count);
    }

    /** A count whose answer is how many times it was asked. */
    private Supplier<List<FigureRow>> counting() {
        return () -> List.of(new FigureRow("all", counted.incrementAndGet(), null, null));
    }
}
