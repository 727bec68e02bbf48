package be.actraject.web.reports.funder;

import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Period;

import java.util.List;
import java.util.Locale;

/**
 * The extension point for the period report's charts: a bean of this type (the dashboard's server-side SVG charts,
 * issue 20, once they are there) gives the charts of a period, and the PDF prints them above the tables. Without one
 * the report holds the tables alone.
 */
public interface PeriodReportCharts {

    /**
     * One chart as printed: its title (the PDF prints it above the drawing, as the dashboard does) and the drawing, one
     * standalone SVG element ({@code <svg xmlns="http://www.w3.org/2000/svg" …>}, well-formed XML, text in the font
     * family "DejaVu Sans").
     */
    record Chart(String title, String svg) {
    }

    /** @return the charts of the period, in the order they are to be printed */
    List<Chart> charts(Period period, Actor actor, Locale locale);
}
