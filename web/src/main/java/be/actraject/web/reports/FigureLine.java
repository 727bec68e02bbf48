package be.actraject.web.reports;

import be.actraject.domain.figures.Figure;

import java.util.List;

/** One figure on the dashboard: its cells, one per key, for this period and the one before. */
record FigureLine(Figure figure, List<Cell> cells) {

    /**
     * One number and its comparison.
     *
     * @param previous     the count over the period before, null for a figure of today (no period)
     * @param medianText   the median as the reader writes it: in days for a duration figure, in euro per candidate
     *                     for a figure of amounts ("–": none)
     * @param p90Text      the 90th percentile likewise
     * @param totalText    the total in euro of a figure of amounts ({@code € 1.234,50}), empty for any other
     * @param link         the drill-down of this number
     * @param previousLink the drill-down of the previous period's number, null when there is none
     */
    record Cell(String key, String label, long count, Long previous, String medianText, String p90Text,
                String totalText, String link, String previousLink) {

        /** The change since the period before, signed ("+2", "−1", "0"); empty when there is nothing to compare. */
        public String difference() {
            if (previous == null) {
                return "";
            }
            long d = count - previous;
            return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "0";
        }
    }
}
