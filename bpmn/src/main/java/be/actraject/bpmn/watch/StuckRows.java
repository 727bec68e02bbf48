package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.bpmn.watch.StuckItem.EngineElement;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checks' SQL sent: the counts of every kind in one statement, one page of a kind in another. Plain SQL that H2
 * and PostgreSQL both run. The items come back with only the trajectory id as their dossier ({@link
 * Dossier#unknown}); {@link StuckTrajectories} names them.
 */
@Component
class StuckRows {

    private final NamedParameterJdbcTemplate jdbc;

    StuckRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every check's count, and the trajectories running, in one statement.
     *
     * @return every check's kind with its number of stuck items (0 for none)
     */
    Counts counts(List<StuckCheck> checks, MapSqlParameterSource parameters) {
        List<String> branches = new ArrayList<>();
        for (StuckCheck check : checks) {
            branches.add("select '" + check.kind().name() + "' as kind, count(*) as n" + check.from());
        }
        branches.add("select '" + RUNNING + "' as kind, count(*) as n from trajectory where exit_type is null");
        Map<StuckKind, Long> counts = new EnumMap<>(StuckKind.class);
        long[] running = {0};
        jdbc.query(String.join(" union all ", branches), parameters,
                rs -> {
                    if (RUNNING.equals(rs.getString(1))) {
                        running[0] = rs.getLong(2);
                    } else {
                        counts.put(StuckKind.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                });
        return new Counts(counts, running[0]);
    }

    /** The count of the trajectories running, among the kinds' counts: a name no kind has. */
    private static final String RUNNING = "RUNNING";

    /** @param perKind every check's kind with its count; @param running the trajectories running */
    record Counts(Map<StuckKind, Long> perKind, long running) {
    }

    /**
     * @param offset how many items of the kind to skip, in its order
     * @param limit  how many to read at most
     * @param zone   the zone in which a day (a limit) starts
     */
    List<StuckItem> page(StuckCheck check, MapSqlParameterSource parameters, int offset, int limit, ZoneId zone) {
        String sql = "select " + check.columns() + check.from() + " order by " + check.orderBy()
                + " limit :limit offset :offset";
        MapSqlParameterSource paged = new MapSqlParameterSource(parameters.getValues())
                .addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, paged, (rs, n) -> item(check.kind(), rs, zone));
    }

    private static StuckItem item(StuckKind kind, ResultSet rs, ZoneId zone) throws SQLException {
        long trajectoryId = rs.getLong(1);
        Dossier dossier = rs.wasNull() ? Dossier.UNKNOWN : Dossier.unknown(trajectoryId);
        EngineElement engine = new EngineElement(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
        return new StuckItem(kind, dossier, engine, since(rs.getObject(8), zone), rs.getString(9));
    }

    /** A moment as the engine or the timeline wrote it, or a day (a limit) from its start. */
    private static Instant since(Object value, ZoneId zone) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().atStartOfDay(zone).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime moment) {
            return moment.toInstant();
        }
        if (value instanceof java.time.LocalDate day) {
            return day.atStartOfDay(zone).toInstant();
        }
        return null;
    }
}
