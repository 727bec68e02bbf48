package be.actraject.web.reports;

import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.web.reports.funder.PeriodReportCharts;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's charts for the funder's period report (the extension point of {@code reports.funder}): the same
 * drawings over the whole cooperative, unfiltered as the report is, at a fixed size in points for the PDF.
 */
@Component
class PrintedCharts implements PeriodReportCharts {

    /** 480 user units become 360 pt, about the width of an A4 page's text column. */
    private static final double SCALE = 0.75;

    private final Figures figures;
    private final DashboardPage page;

    PrintedCharts(Figures figures, DashboardPage page) {
        this.figures = figures;
        this.page = page;
    }

    @Override
    public List<Chart> charts(Period period, Actor actor, Locale locale) {
        Map<Figure, FigureResult> counted = new EnumMap<>(Figure.class);
        for (Figure figure : List.of(Figure.CANDIDATES_PER_PHASE, Figure.TIME_PER_PHASE)) {
            counted.put(figure, figures.count(figure, period, FigureFilter.NONE, actor));
        }
        return new DashboardCharts(figures, page.labels(locale)).draw(counted, period, FigureFilter.NONE, actor).stream()
                .map(chart -> new Chart(chart.title(), Svg.forPrint(chart.svg(), SCALE))).toList();
    }
}
