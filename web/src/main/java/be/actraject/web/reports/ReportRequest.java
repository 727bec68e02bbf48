package be.actraject.web.reports;

import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.Period;

/**
 * A report asked for: its period and filter when the form made sense, else the refusal's message (in the user's
 * language) and no period.
 */
record ReportRequest(Period period, FigureFilter filter, String refusal) {

    static ReportRequest refused(String message) {
        return new ReportRequest(null, null, message);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
