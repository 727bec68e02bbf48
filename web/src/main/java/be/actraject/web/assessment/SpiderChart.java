package be.actraject.web.assessment;

import be.actraject.domain.assessment.Comparison;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.ScoreSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a spider (radar) chart of the twelve competencies: one axis per competency clockwise from the
 * top, one polygon per series (the reference profile, the previous assessment, the latest one). The template
 * {@code assessment/chart.html} draws it as inline SVG, so it shows without script, prints, and goes into PDFs.
 * Each series is placed by its position on its own scale, so assessments on different scales compare fairly.
 */
public record SpiderChart(int width, int height, double centerX, double centerY, double radius, List<Axis> axes,
                          List<Ring> rings, List<Series> series) {

    static final int WIDTH = 760;
    static final int HEIGHT = 400;
    static final double RADIUS = 150;
    /** Rings at these shares of the scale, for reading the chart. */
    static final double[] RING_SHARES = {0.25, 0.5, 0.75, 1.0};

    /** One axis: its end point and where its label stands. */
    public record Axis(Competency competency, double x, double y, double labelX, double labelY, String anchor) {
    }

    public record Ring(String points) {
    }

    /**
     * One polygon.
     *
     * @param kind   reference, previous or latest: names its style and its legend (chart.series.KIND)
     * @param points the polygon's points for SVG's {@code points} attribute
     * @param dots   the vertices, for marking each score
     */
    public record Series(String kind, String points, List<double[]> dots) {
    }

    public static SpiderChart of(Comparison comparison) {
        List<ScoreSeries> drawn = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        drawn.add(comparison.reference());
        kinds.add("reference");
        comparison.previous().ifPresent(p -> {
            drawn.add(p);
            kinds.add("previous");
        });
        drawn.add(comparison.latest());
        kinds.add("latest");
        return of(drawn, kinds);
    }

    static SpiderChart of(List<ScoreSeries> drawn, List<String> kinds) {
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        Competency[] competencies = Competency.values();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < competencies.length; i++) {
            double angle = angle(i, competencies.length);
            double x = cx + RADIUS * Math.sin(angle);
            double y = cy - RADIUS * Math.cos(angle);
            double lx = cx + (RADIUS + 14) * Math.sin(angle);
            double ly = cy - (RADIUS + 14) * Math.cos(angle) + 4;
            String anchor = Math.abs(lx - cx) < 1 ? "middle" : lx > cx ? "start" : "end";
            axes.add(new Axis(competencies[i], round(x), round(y), round(lx), round(ly), anchor));
        }
        List<Ring> rings = new ArrayList<>();
        for (double share : RING_SHARES) {
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i < competencies.length; i++) {
                ring.add(point(cx, cy, i, competencies.length, share));
            }
            rings.add(new Ring(points(ring)));
        }
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < drawn.size(); s++) {
            List<double[]> vertices = new ArrayList<>();
            for (int i = 0; i < competencies.length; i++) {
                vertices.add(point(cx, cy, i, competencies.length, drawn.get(s).position(competencies[i])));
            }
            series.add(new Series(kinds.get(s), points(vertices), vertices));
        }
        return new SpiderChart(WIDTH, HEIGHT, cx, cy, RADIUS, axes, rings, series);
    }

    /** The angle of axis i from the top, clockwise, in radians. */
    private static double angle(int i, int n) {
        return 2 * Math.PI * i / n;
    }

    private static double[] point(double cx, double cy, int i, int n, double share) {
        double angle = angle(i, n);
        double clamped = Math.max(0, Math.min(1, share));
        return new double[]{round(cx + RADIUS * clamped * Math.sin(angle)),
                round(cy - RADIUS * clamped * Math.cos(angle))};
    }

    private static String points(List<double[]> vertices) {
        StringBuilder sb = new StringBuilder();
        for (double[] v : vertices) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f", v[0], v[1]));
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
