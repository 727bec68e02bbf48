package be.actraject.domain.figures;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes a figure's two statements from its {@link FigureSql} and runs them: the count grouped by key (with the
 * duration's percentiles computed by the database, {@code percentile_cont}, on H2 as on PostgreSQL), and the
 * drill-down for one key. Both share the figure's from, condition and filter word for word, which is what makes the
 * list as long as the number. The rows read are one per key, whatever the number of trajectories.
 */
@Component
class FigureQueries {

    private final NamedParameterJdbcTemplate jdbc;

    FigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figure's rows in no particular order, one per key that counted something. */
    List<FigureRow> count(FigureSql sql, Period period, FigureFilter filter, LocalDate today, ZoneId zone) {
        if (sql.amount() != null) {
            return amounts(sql, period, filter, today, zone);
        }
        String counted = sql.distinct() ? "count(distinct t.id)" : "count(*)";
        String days = sql.days() == null ? ", null, null"
                : ", percentile_cont(0.5) within group (order by " + sql.days() + ")"
                + ", percentile_cont(0.9) within group (order by " + sql.days() + ")";
        String statement = "select " + sql.key() + ", " + counted + days
                + " from " + sql.from() + " where " + condition(sql, filter)
                // PostgreSQL refuses to group by a constant; a figure of one number has one group anyway.
                + (sql.key().startsWith("'") ? "" : " group by " + sql.key());
        return jdbc.query(statement, parameters(period, filter, today, zone), (rs, n) -> new FigureRow(
                rs.getString(1), rs.getLong(2), number(rs.getObject(3)), number(rs.getObject(4))));
    }

    /** The ids of the trajectories counted under the key, ascending; once each, or once per row counted. */
    List<Long> trajectories(FigureSql sql, String key, Period period, FigureFilter filter, LocalDate today,
                            ZoneId zone) {
        if (sql.amount() != null) {
            return amountsBehind(sql, key, period, filter, today, zone).stream().map(FigureAmount::trajectoryId)
                    .toList();
        }
        String statement = "select " + (sql.distinct() ? "distinct " : "") + "t.id from " + sql.from()
                + " where " + condition(sql, filter) + " and " + sql.key() + " = :key order by t.id";
        return jdbc.queryForList(statement, parameters(period, filter, today, zone).addValue("key", key),
                Long.class);
    }

    /**
     * The trajectories counted under the key of an amount figure with their sums, by id ascending: the same
     * per-trajectory sums the rows are computed from.
     */
    List<FigureAmount> amountsBehind(FigureSql sql, String key, Period period, FigureFilter filter, LocalDate today,
                                     ZoneId zone) {
        String statement = "select a.trajectory_id, a.amount from (" + perTrajectory(sql, filter) + ") a"
                + " where a.figure_key = :key order by a.trajectory_id";
        return jdbc.query(statement, parameters(period, filter, today, zone).addValue("key", key),
                (rs, n) -> new FigureAmount(rs.getLong(1), FigureRow.Amounts.euro(rs.getBigDecimal(2))));
    }

    /** An amount figure's rows: per key, the trajectories whose sum is not zero, and their total and spread. */
    private List<FigureRow> amounts(FigureSql sql, Period period, FigureFilter filter, LocalDate today,
                                    ZoneId zone) {
        String statement = "select a.figure_key, count(*), sum(a.amount)"
                + ", percentile_cont(0.5) within group (order by a.amount)"
                + ", percentile_cont(0.9) within group (order by a.amount)"
                + " from (" + perTrajectory(sql, filter) + ") a group by a.figure_key";
        return jdbc.query(statement, parameters(period, filter, today, zone), (rs, n) -> new FigureRow(
                rs.getString(1), rs.getLong(2), null, null, new FigureRow.Amounts(FigureRow.Amounts.euro(
                rs.getBigDecimal(3)), euro(rs.getObject(4)), euro(rs.getObject(5)))));
    }

    /** One row per key and trajectory with the sum of its amounts, those summing to zero left out. */
    private static String perTrajectory(FigureSql sql, FigureFilter filter) {
        return "select " + sql.key() + " as figure_key, t.id as trajectory_id, sum(" + sql.amount() + ") as amount"
                + " from " + sql.from() + " where " + condition(sql, filter)
                + " group by " + sql.key() + ", t.id having sum(" + sql.amount() + ") <> 0";
    }

    private static String condition(FigureSql sql, FigureFilter filter) {
        StringBuilder where = new StringBuilder("(").append(sql.where()).append(")");
        filter.coachId().ifPresent(c -> where.append(" and t.coach = :coach"));
        filter.learningGroupId().ifPresent(g -> where.append(" and ").append(sql.group()));
        filter.onePhase().ifPresent(p -> where.append(" and ").append(sql.phase()).append(" = :phase"));
        return where.toString();
    }

    private static MapSqlParameterSource parameters(Period period, FigureFilter filter, LocalDate today,
                                                    ZoneId zone) {
        return new MapSqlParameterSource()
                .addValue("from", period.from())
                .addValue("to", period.to())
                .addValue("startsAt", period.startsAt(zone))
                .addValue("endsBefore", period.endsBefore(zone))
                .addValue("today", today)
                .addValue("fromMonth", period.firstMonth().toString())
                .addValue("toMonth", YearMonth.from(period.to()).toString())
                .addValue("coach", filter.coach())
                .addValue("learningGroup", filter.learningGroup())
                .addValue("phase", filter.onePhase().map(Enum::name).orElse(null));
    }

    /** A percentile as an amount to the cent: a double on PostgreSQL, a decimal on H2. */
    private static BigDecimal euro(Object value) {
        if (value == null) {
            return null;
        }
        return FigureRow.Amounts.euro(value instanceof BigDecimal exact ? exact
                : BigDecimal.valueOf(((Number) value).doubleValue()));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
