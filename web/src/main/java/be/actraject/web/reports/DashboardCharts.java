package be.actraject.web.reports;

import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.workflow.ExitType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts from the figures already counted, plus the exits per month: the flow through the phases
 * (candidates per phase now), the exits by type per month of the period (one count of {@link Figure#EXITS_BY_TYPE}
 * per month, or per year for a period over {@value #MAX_MONTHS} months) and the time per phase.
 */
final class DashboardCharts {

    /** Beyond this many months a column per month is too thin to read at 390 px: a column per year. */
    static final int MAX_MONTHS = 24;

    private final Figures figures;
    private final KeyLabels labels;

    DashboardCharts(Figures figures, KeyLabels labels) {
        this.figures = figures;
        this.labels = labels;
    }

    /** One chart: its title (also the SVG's) and the SVG document. */
    record Chart(String id, String title, String svg) {
    }

    List<Chart> draw(Map<Figure, FigureResult> counted, Period period, FigureFilter filter, Actor actor) {
        return List.of(flow(counted.get(Figure.CANDIDATES_PER_PHASE)), exits(period, filter, actor),
                durations(counted.get(Figure.TIME_PER_PHASE)));
    }

    private Chart flow(FigureResult perPhase) {
        String title = labels.text("reports.chart.flow");
        return new Chart("flow", title, Charts.horizontalBars(title, perPhase.rows().stream()
                .map(r -> new Charts.Bar(labels.label(Figure.CANDIDATES_PER_PHASE, r.key()), r.count())).toList()));
    }

    private Chart exits(Period period, FigureFilter filter, Actor actor) {
        List<Period> buckets = buckets(period);
        DateTimeFormatter name = DateTimeFormatter.ofPattern(byYear(period) ? "uuuu" : "MM/uu");
        List<String> series = Arrays.stream(ExitType.values())
                .map(t -> labels.label(Figure.EXITS_BY_TYPE, t.name())).toList();
        long[][] values = new long[buckets.size()][series.size()];
        List<String> names = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            FigureResult result = figures.count(Figure.EXITS_BY_TYPE, buckets.get(b), filter, actor);
            for (int s = 0; s < series.size(); s++) {
                values[b][s] = result.count(ExitType.values()[s].name());
            }
            names.add(name.format(buckets.get(b).from()));
        }
        String title = labels.text("reports.chart.exits");
        return new Chart("exits", title, Charts.stackedColumns(title, names, series, values));
    }

    private Chart durations(FigureResult perPhase) {
        String title = labels.text("reports.chart.durations");
        return new Chart("durations", title, Charts.spreads(title, labels.text("reports.median"),
                labels.text("reports.p90"), perPhase.rows().stream()
                        .map(r -> new Charts.Spread(labels.label(Figure.TIME_PER_PHASE, r.key()), r.medianDays(),
                                r.percentile90Days())).toList(), labels.locale()));
    }

    /** The period cut at month ends (at year ends for a long one), the first and last piece clipped to it. */
    static List<Period> buckets(Period period) {
        boolean byYear = byYear(period);
        List<Period> pieces = new ArrayList<>();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            LocalDate end = byYear ? start.withDayOfYear(start.lengthOfYear())
                    : start.withDayOfMonth(start.lengthOfMonth());
            if (end.isAfter(period.to())) {
                end = period.to();
            }
            pieces.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return pieces;
    }

    private static boolean byYear(Period period) {
        return YearMonth.from(period.from()).until(YearMonth.from(period.to()), ChronoUnit.MONTHS) + 1 > MAX_MONTHS;
    }
}
