package be.actraject.domain.figures;

import be.actraject.domain.group.Presence;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of figures. Each has one definition, written once as its help text ({@link #helpKey()}, Dutch and
 * English in {@code i18n/figures}, and the README's table "Figures (issue 20)"), and one implementation ({@link
 * Figures}). A figure answers rows by key: the {@link #keys()} it always shows (every exit type, with its zero), or,
 * for an open list (coaches, learning groups), the keys found.
 */
public enum Figure {
    /** Trajectories whose date of entry lies in the period. */
    ENTRIES(Shape.COUNT, true, List.of(Figure.ALL)),
    /** Running trajectories on today's date, by the phase they are in (intake before the first phase began). */
    CANDIDATES_PER_PHASE(Shape.COUNT, false, names(Phase.values())),
    /** Running trajectories today, by coach ({@link #NONE}: none yet, the intake pool). */
    CANDIDATES_PER_COACH(Shape.COUNT, false, List.of()),
    /** Running trajectories today, by the id of the learning group they belong to ({@link #NONE}: none). */
    CANDIDATES_PER_LEARNING_GROUP(Shape.COUNT, false, List.of()),
    /** Trajectories whose exit day lies in the period, by exit type. */
    EXITS_BY_TYPE(Shape.COUNT, true, names(ExitType.values())),
    /** Trajectories whose exit day lies in the period, by the phase they were in when they ended. */
    EXITS_BY_PHASE(Shape.COUNT, true, names(Phase.values())),
    /** Phase periods that ended in the period, by phase: how many, and the median and 90th percentile in days. */
    TIME_PER_PHASE(Shape.DAYS, true, names(Phase.values())),
    /** Trajectories that ended in the period: how many, and the median and 90th percentile of days entry to exit. */
    TIME_IN_TRAJECTORY(Shape.DAYS, true, List.of(Figure.ALL)),
    /** Time limits whose last day fell in the period (before today) while the trajectory was still held by them. */
    LIMITS_REACHED(Shape.COUNT, true, names(TimeLimit.values())),
    /** Trajectories whose limit a coordinator extended in the period (once each, however often). */
    LIMITS_EXTENDED(Shape.COUNT, true, names(TimeLimit.values())),
    /**
     * Trajectories whose exit day lies in the period and falls on or after the last day of a limit that held them on
     * that last day (as in {@link #LIMITS_REACHED}), by limit.
     */
    LIMITS_ENDED(Shape.COUNT, true, names(TimeLimit.values())),
    /** Trajectories whose first invoice was issued in the period; median and 90th percentile of days from entry. */
    TIME_TO_FIRST_INVOICE(Shape.DAYS, true, List.of(Figure.ALL)),
    /**
     * Per trajectory, the turnover (issued invoices less issued credit notes, excl. VAT, by issue day) and the extra
     * earnings paid out (statements by the month's first day) in the period; those whose sum is not zero count.
     */
    EARNINGS_IN_INVOICING(Shape.AMOUNT, true, List.of(Figure.TURNOVER, Figure.EXTRA_EARNINGS)),
    /** Registered attendances of collective sessions held in the period, by presence (one per candidate and session). */
    SESSION_ATTENDANCE(Shape.COUNT, true, names(Presence.values())),
    /** Survival after the exit at 3, 6, 12, 24 and 36 months, per exit year and type: {@code SurvivalFigures}. */
    SURVIVAL(Shape.SURVIVAL, false, List.of());

    /** The key of a figure that is one number. */
    public static final String ALL = "ALL";
    /** The key of the trajectories without a coach, or without a learning group. */
    public static final String NONE = "-";
    /** The key of the turnover invoiced, in {@link #EARNINGS_IN_INVOICING}. */
    public static final String TURNOVER = "TURNOVER";
    /** The key of the extra earnings paid out, in {@link #EARNINGS_IN_INVOICING}. */
    public static final String EXTRA_EARNINGS = "EXTRA_EARNINGS";

    /** What a row of the figure holds. */
    public enum Shape {
        /** A number of trajectories (or of attendances), each behind it in the drill-down. */
        COUNT,
        /** A number, and the median and 90th percentile of a duration in days over those counted. */
        DAYS,
        /**
         * A number of trajectories with an amount in euro that is not zero, the amounts' total, and their median and
         * 90th percentile per trajectory ({@link FigureRow#amounts()}); the drill-down gives each one's amount.
         */
        AMOUNT,
        /** Rows of its own, {@link be.actraject.domain.aftercare.SurvivalRow}, with no drill-down. */
        SURVIVAL
    }

    private final Shape shape;
    private final boolean overPeriod;
    private final List<String> keys;

    Figure(Shape shape, boolean overPeriod, List<String> keys) {
        this.shape = shape;
        this.overPeriod = overPeriod;
        this.keys = keys;
    }

    public Shape shape() {
        return shape;
    }

    /** Whether the figure counts what happened in a period; if not, it is as of today and the period is ignored. */
    public boolean overPeriod() {
        return overPeriod;
    }

    /** The keys every answer has a row for, in their order (zero when nothing counts); empty for an open list. */
    public List<String> keys() {
        return keys;
    }

    /** The bundle key of the figure's short name. */
    public String nameKey() {
        return "figure." + name() + ".name";
    }

    /** The bundle key of the figure's definition: what counts, from which date, which record. */
    public String helpKey() {
        return "figure." + name() + ".help";
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
