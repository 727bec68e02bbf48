package be.actraject.web.reports.funder;

import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.SurvivalFigures;
import be.actraject.domain.aftercare.SurvivalRow;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.FigureResult;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.Period;
import be.actraject.web.number.TypedNumbers;
import be.actraject.web.pdf.Pdfs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The period report a funder reads, as a PDF in the shared document layout ({@code pdf/layout.html}): the period,
 * each figure of the catalogue ({@link Figure}, in its order) with its rows and its definition in small print, and
 * survival after the exit. The numbers are {@link Figures}' own, for the whole cooperative (no filter), so they are
 * the dashboard's. Charts come from a {@link PeriodReportCharts} bean when there is one.
 */
@Component
class PeriodReport {

    static final String TEMPLATE = "reports/funder/period";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Figures figures;
    private final FigureKeyLabels labels;
    private final Pdfs pdfs;
    private final ObjectProvider<PeriodReportCharts> charts;
    private final Clock clock;

    PeriodReport(Figures figures, FigureKeyLabels labels, Pdfs pdfs, ObjectProvider<PeriodReportCharts> charts,
                 Clock clock) {
        this.figures = figures;
        this.labels = labels;
        this.pdfs = pdfs;
        this.charts = charts;
        this.clock = clock;
    }

    /**
     * One figure as printed: its rows, and whether it is a duration (count, median, 90th percentile in days) or a
     * figure of amounts (count, total, median, 90th percentile in euro).
     */
    record Section(Figure figure, boolean days, boolean amounts, List<Line> lines) {
    }

    /**
     * One row as printed; the median and percentile in days or in euro, formatted, empty when none; the total in
     * euro for a figure of amounts, else empty.
     */
    record Line(String label, long count, String median, String percentile90, String total) {
    }

    byte[] render(Period period, Actor actor, Locale locale) {
        NumberFormat days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        List<Section> sections = Arrays.stream(Figure.values()).filter(f -> f != Figure.SURVIVAL)
                .map(f -> section(figures.count(f, period, FigureFilter.NONE, actor), days, locale)).toList();
        PeriodReportCharts drawn = charts.getIfAvailable();
        List<SurvivalRow> survival = figures.survival(actor);
        return pdfs.render(TEMPLATE, Map.of(
                "from", DAY.format(period.from()),
                "to", DAY.format(period.to()),
                "today", DAY.format(LocalDate.now(clock)),
                "sections", sections,
                "survival", survival,
                "months", SurvivalFigures.months(),
                // The screen's columns and cells (aftercare/survival-cell), so the PDF says what the screen says.
                "columns", SurvivalFigures.reachedColumns(survival),
                "charts", drawn == null ? List.of() : drawn.charts(period, actor, locale)), locale);
    }

    private Section section(FigureResult result, NumberFormat days, Locale locale) {
        Figure figure = result.figure();
        return new Section(figure, figure.shape() == Figure.Shape.DAYS, figure.shape() == Figure.Shape.AMOUNT,
                result.rows().stream().map(r -> r.amounts() == null
                        ? new Line(labels.label(figure, r.key(), locale), r.count(), format(r.medianDays(), days),
                        format(r.percentile90Days(), days), "")
                        : new Line(labels.label(figure, r.key(), locale), r.count(),
                        euro(r.amounts().median(), locale), euro(r.amounts().percentile90(), locale),
                        euro(r.amounts().total(), locale))).toList());
    }

    private static String euro(BigDecimal value, Locale locale) {
        return value == null ? "" : TypedNumbers.euro(value, locale);
    }

    private static String format(Double value, NumberFormat days) {
        return value == null ? "" : days.format(value);
    }
}
