package be.actraject.domain.figures;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/** A period that starts after today: nothing has happened in it yet (message arguments: first day, today). */
public class PeriodInTheFutureException extends RefusedException {

    public PeriodInTheFutureException(LocalDate from, LocalDate today) {
        super("figures.period.future", "Period starting " + from + " is after today " + today, from, today);
    }
}
