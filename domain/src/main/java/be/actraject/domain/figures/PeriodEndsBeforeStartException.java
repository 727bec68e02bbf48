package be.actraject.domain.figures;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/** A period whose last day comes before its first: nothing is counted (message arguments: first day, last day). */
public class PeriodEndsBeforeStartException extends RefusedException {

    public PeriodEndsBeforeStartException(LocalDate from, LocalDate to) {
        super("figures.period.endsBeforeStart", "Period " + from + " – " + to + " ends before it starts", from, to);
    }
}
