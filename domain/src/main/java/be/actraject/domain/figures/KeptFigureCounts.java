package be.actraject.domain.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A figure's rows kept a short while once the cooperative has many trajectories (issue 19). The figures are sums over
 * a period and a caseload: each of the dashboard's ~40 grouped statements reads every trajectory it counts, so at
 * 30,000 candidates the page took 4× its time at 300 — no index makes a sum over a year flat. Below
 * {@code actraject.figures.kept-from} trajectories (1,000) every figure is counted for every page, as before; from there
 * on a figure's rows for one period, filter and day are kept for at most {@code actraject.figures.max-age} (60 s) on
 * this node, the same for everyone who may see them, and the rows say when they were counted, which the dashboard shows.
 * The drill-down lists ({@link Figures#trajectories}) are always read now: a number a minute old may differ from the
 * list behind it by what changed in that minute, which the page says.
 */
@Component
class KeptFigureCounts {

    private static final Object SIZE = new Object();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long keptFrom;
    private final Cache<Key, Counted> kept;
    private final Cache<Object, Long> trajectories;

    @Autowired
    KeptFigureCounts(JdbcTemplate jdbc, Clock clock,
                     @Value("${actraject.figures.kept-from:1000}") long keptFrom,
                     @Value("${actraject.figures.max-age:60s}") Duration maxAge) {
        this(jdbc, clock, keptFrom, maxAge, Ticker.systemTicker());
    }

    KeptFigureCounts(JdbcTemplate jdbc, Clock clock, long keptFrom, Duration maxAge, Ticker ticker) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keptFrom = keptFrom;
        // 15 figures, two periods, a filter per person or choice: a few thousand rows lists at most.
        this.kept = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(maxAge).ticker(ticker).build();
        this.trajectories = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(maxAge).ticker(ticker).build();
    }

    /**
     * The figure's rows, kept or counted now by {@code count}.
     *
     * @param today the day the figure is counted on (a running trajectory's duration runs to it)
     */
    Counted count(Figure figure, Period period, FigureFilter filter, LocalDate today, Supplier<List<FigureRow>> count) {
        Key key = new Key(figure, period, filter, today);
        Counted counted = kept.getIfPresent(key);
        if (counted != null) {
            return counted;
        }
        if (trajectories.get(SIZE, s -> jdbc.queryForObject("select count(*) from trajectory", Long.class))
                < keptFrom) {
            return new Counted(count.get(), null);
        }
        Counted keeping = new Counted(List.copyOf(count.get()), clock.instant());
        kept.put(key, keeping);
        return keeping;
    }

    private record Key(Figure figure, Period period, FigureFilter filter, LocalDate today) {
    }

    /**
     * @param rows       the figure's rows, one per key that counted something
     * @param countedAt when they were counted, when kept; null when counted for this page
     */
    record Counted(List<FigureRow> rows, Instant countedAt) {
    }
}
