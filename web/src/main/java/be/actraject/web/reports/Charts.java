package be.actraject.web.reports;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's three kinds of chart, drawn as SVG ({@link Svg}) from numbers the page also shows in its tables
 * (the accessible alternative). Sizes are user units of a 480-wide viewBox; labels are given already translated.
 */
final class Charts {

    /** The series' colours, in order; chosen to stay apart for the common forms of colour blindness. */
    static final List<String> COLOURS = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00");

    /** Narrow enough that the text (13 units) stays readable on a phone, where 480 units become about 360 px. */
    private static final int WIDTH = 480;
    private static final int LABELS = 120;
    private static final int ROW = 28;
    private static final int BAR = 20;
    /** The width of a character of a 13-unit label, a little more than DejaVu Sans' digits take. */
    private static final double CHARACTER = 8;

    private Charts() {
    }

    /** One bar of a horizontal chart: its label and value. */
    record Bar(String label, double value) {
    }

    /** One group of a duration chart: its label, the median and the 90th percentile in days (null: none counted). */
    record Spread(String label, Double median, Double p90) {
    }

    /** Horizontal bars, one per label, the value written after each bar. */
    static String horizontalBars(String title, List<Bar> bars) {
        int height = ROW * bars.size() + 10;
        Svg svg = new Svg(WIDTH, height, title);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double room = WIDTH - LABELS - 50;
        int y = 5;
        for (Bar bar : bars) {
            double w = max == 0 ? 0 : room * bar.value() / max;
            svg.text(LABELS - 6, y + 14, bar.label(), "end")
                    .rect(LABELS, y, w, BAR, COLOURS.get(0), bar.label() + ": " + format(bar.value()))
                    .text(LABELS + w + 4, y + 14, format(bar.value()), "start");
            y += ROW;
        }
        return svg.build();
    }

    /**
     * Stacked columns: one column per bucket (a month), one segment per series (an exit type), with a legend.
     *
     * @param values values[bucket][series]
     */
    static String stackedColumns(String title, List<String> buckets, List<String> series, long[][] values) {
        int legendRows = (series.size() + 1) / 2;
        int plotTop = 10 + legendRows * 18;
        int plotHeight = 180;
        int height = plotTop + plotHeight + 40;
        Svg svg = new Svg(WIDTH, height, title);
        for (int s = 0; s < series.size(); s++) {
            double x = 40 + (s % 2) * 220;
            double y = 6 + (s / 2) * 18;
            svg.rect(x, y, 12, 12, colour(s), null).text(x + 16, y + 11, series.get(s), "start");
        }
        long max = 0;
        for (long[] bucket : values) {
            long sum = 0;
            for (long v : bucket) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        double left = 40;
        double plotWidth = WIDTH - left - 10;
        double slot = buckets.isEmpty() ? plotWidth : plotWidth / buckets.size();
        double baseline = plotTop + plotHeight;
        svg.line(left, baseline, WIDTH - 10, baseline).text(left - 4, plotTop + 10, Long.toString(max), "end")
                .text(left - 4, baseline, "0", "end");
        boolean[] labelled = labelled(buckets, slot, values);
        for (int b = 0; b < buckets.size(); b++) {
            double x = left + b * slot + slot * 0.15;
            double y = baseline;
            for (int s = 0; s < series.size(); s++) {
                long v = values[b][s];
                double h = max == 0 ? 0 : plotHeight * v / (double) max;
                if (v > 0) {
                    svg.rect(x, y - h, slot * 0.7, h, colour(s), buckets.get(b) + ", " + series.get(s) + ": " + v);
                }
                y -= h;
            }
            if (labelled[b]) {
                svg.text(left + b * slot + slot / 2, baseline + 16, buckets.get(b), "middle");
            }
        }
        return svg.build();
    }

    /**
     * Which columns get their label under them: every one when the labels fit side by side (about {@value
     * #CHARACTER} units a character at 13 units); else first those with a value (a December with the year's only exits
     * must not stay unnamed), then the last, then one in every so many from the first, each kept only if it does not
     * run into a label already kept.
     */
    static boolean[] labelled(List<String> buckets, double slot, long[][] values) {
        int n = buckets.size();
        double widest = buckets.stream().mapToInt(String::length).max().orElse(0) * CHARACTER + 4;
        int every = Math.max(1, (int) Math.ceil(widest / slot));
        List<Integer> wanted = new java.util.ArrayList<>();
        for (int b = 0; b < n; b++) {
            if (java.util.Arrays.stream(values[b]).sum() > 0) {
                wanted.add(b);
            }
        }
        wanted.add(n - 1);
        for (int b = 0; b < n; b += every) {
            wanted.add(b);
        }
        boolean[] labelled = new boolean[n];
        for (int b : wanted) {
            boolean free = b >= 0;
            for (int near = Math.max(0, b - every + 1); free && near <= Math.min(n - 1, b + every - 1); near++) {
                free = !labelled[near] || near == b;
            }
            if (free) {
                labelled[b] = true;
            }
        }
        return labelled;
    }

    /** Two horizontal bars per label, the median and the 90th percentile in days, with a legend. */
    static String spreads(String title, String medianLabel, String p90Label, List<Spread> spreads, Locale locale) {
        int height = 48 + spreads.size() * (2 * BAR + 12);
        Svg svg = new Svg(WIDTH, height, title);
        svg.rect(LABELS, 4, 12, 12, COLOURS.get(0), null).text(LABELS + 16, 15, medianLabel, "start")
                .rect(LABELS, 22, 12, 12, COLOURS.get(1), null).text(LABELS + 16, 33, p90Label, "start");
        double max = spreads.stream().mapToDouble(s -> Math.max(value(s.median()), value(s.p90()))).max().orElse(0);
        double room = WIDTH - LABELS - 50;
        double y = 44;
        for (Spread s : spreads) {
            svg.text(LABELS - 6, y + BAR + 4, s.label(), "end");
            bar(svg, y, room, max, s.median(), COLOURS.get(0), s.label() + ", " + medianLabel, locale);
            bar(svg, y + BAR, room, max, s.p90(), COLOURS.get(1), s.label() + ", " + p90Label, locale);
            y += 2 * BAR + 12;
        }
        return svg.build();
    }

    private static void bar(Svg svg, double y, double room, double max, Double days, String colour, String tip,
                            Locale locale) {
        double w = max == 0 || days == null ? 0 : room * days / max;
        String text = days(days, locale);
        svg.rect(LABELS, y, w, BAR - 2, colour, tip + ": " + text).text(LABELS + w + 4, y + 14, text, "start");
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    /** A whole number as such, else one decimal (a median of 156.8 days). */
    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Days in the reader's notation, at most one decimal (156,8 in Dutch, 156.8 in English); a dash for none. */
    static String days(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
