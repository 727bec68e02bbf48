package be.actraject.domain.figures;

import java.time.Instant;
import java.util.List;

/**
 * A figure's rows for one period and filter, in the order of {@link Figure#keys()} (or of their keys when open).
 *
 * @param countedAt when the rows were counted, when they were kept a while ({@link KeptFigureCounts}); null when
 *                  counted for this answer
 */
public record FigureResult(Figure figure, Period period, FigureFilter filter, List<FigureRow> rows,
                           Instant countedAt) {

    /** Rows counted for this answer. */
    public FigureResult(Figure figure, Period period, FigureFilter filter, List<FigureRow> rows) {
        this(figure, period, filter, rows, null);
    }

    /** The row of a key; a row of zero when nothing counted under it. */
    public FigureRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(FigureRow.empty(figure, key));
    }

    /** The count of a key; 0 when nothing counted under it. */
    public long count(String key) {
        return row(key).count();
    }

    /** The rows' counts added up. */
    public long total() {
        return rows.stream().mapToLong(FigureRow::count).sum();
    }
}
