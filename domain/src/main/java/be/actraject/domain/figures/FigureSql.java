package be.actraject.domain.figures;

/**
 * One figure as SQL pieces, with the trajectory always as {@code t}, from which {@link FigureQueries} writes both the
 * grouped count and the drill-down: the same {@code from} and {@code where}, so the list behind a number is the
 * number. Plain SQL that H2 and PostgreSQL both run unchanged, {@code percentile_cont} included.
 *
 * @param from     tables and joins; one row per thing counted, unless {@code distinct}
 * @param where    the figure's condition, with the parameters :from, :to (dates), :startsAt, :endsBefore (instants of
 *                 the period's bounds), :today
 * @param key      the expression a row is counted under, as text
 * @param phase    the expression the filter's phase is compared with
 * @param group    the condition the filter's learning group (:learningGroup) puts
 * @param distinct whether a trajectory counts once however many rows it has (else each row counts)
 * @param days     the duration in days each row measures, or null for a figure that is no duration
 * @param amount   the amount in euro each row adds to its trajectory's sum (negative to subtract), or null for a
 *                 figure that is no amount; the trajectories are then counted by their sums, those not zero
 */
record FigureSql(String from, String where, String key, String phase, String group, boolean distinct, String days,
                 String amount) {

    static final String CURRENT_PHASE = "coalesce(t.phase, 'INTAKE')";
    static final String CURRENT_GROUP = "exists (select 1 from learning_group_member fm "
            + "where fm.trajectory_id = t.id and fm.group_id = :learningGroup)";

    /** A figure counted per trajectory, filtered on its current phase and group. */
    static FigureSql trajectories(String from, String where, String key) {
        return new FigureSql(from, where, key, CURRENT_PHASE, CURRENT_GROUP, true, null, null);
    }

    /** The same figure measuring a duration in days per row. */
    FigureSql measuring(String dayExpression) {
        return new FigureSql(from, where, key, phase, group, distinct, dayExpression, amount);
    }

    /** The same figure counting each row, not each trajectory once. */
    FigureSql perRow() {
        return new FigureSql(from, where, key, phase, group, false, days, amount);
    }

    /** The same figure adding up an amount in euro per trajectory ({@link Figure.Shape#AMOUNT}). */
    FigureSql adding(String amountExpression) {
        return new FigureSql(from, where, key, phase, group, distinct, days, amountExpression);
    }

    FigureSql filteringPhaseOn(String expression) {
        return new FigureSql(from, where, key, expression, group, distinct, days, amount);
    }

    FigureSql filteringGroupBy(String condition) {
        return new FigureSql(from, where, key, phase, condition, distinct, days, amount);
    }
}
