package be.actraject.domain.figures;

/**
 * One number of a figure: its key (a phase, an exit type, a coach's user id, {@link Figure#ALL}, …), how many
 * trajectories (or attendances, or phase periods) count, and for a duration the median and the 90th percentile in
 * days over those counted (null when none counts, and for a figure that is no duration).
 */
public record FigureRow(String key, long count, Double medianDays, Double percentile90Days) {

    static FigureRow empty(String key) {
        return new FigureRow(key, 0, null, null);
    }
}
