package be.actraject.domain.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number of a figure: its key (a phase, an exit type, a coach's user id, {@link Figure#ALL}, …), how many
 * trajectories (or attendances, or phase periods) count, and for a duration the median and the 90th percentile in
 * days over those counted (null when none counts, and for a figure that is no duration). A figure of amounts ({@link
 * Figure.Shape#AMOUNT}) carries them in {@code amounts}; null for every other figure.
 */
public record FigureRow(String key, long count, Double medianDays, Double percentile90Days, Amounts amounts) {

    /** A row of a count, or of a duration. */
    public FigureRow(String key, long count, Double medianDays, Double percentile90Days) {
        this(key, count, medianDays, percentile90Days, null);
    }

    /**
     * The amounts of an {@link Figure.Shape#AMOUNT} row, in euro to the cent (rounded half up).
     *
     * @param total        the sum over the trajectories counted; 0.00 when none counts
     * @param median       the median of the amounts per trajectory; null when none counts
     * @param percentile90 the 90th percentile (interpolated, {@code percentile_cont}) likewise
     */
    public record Amounts(BigDecimal total, BigDecimal median, BigDecimal percentile90) {

        static final Amounts NONE = new Amounts(euro(BigDecimal.ZERO), null, null);

        /** An amount to the cent; null stays null. */
        static BigDecimal euro(BigDecimal value) {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    static FigureRow empty(Figure figure, String key) {
        return new FigureRow(key, 0, null, null, figure.shape() == Figure.Shape.AMOUNT ? Amounts.NONE : null);
    }
}
