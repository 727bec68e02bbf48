package be.actraject.domain.figures;

import be.actraject.domain.RefusedException;

import java.time.LocalDate;

/**
 * A period reaching outside the days figures are counted over ({@link Period#FIRST_DAY} to {@link Period#LAST_DAY}):
 * one starting too early (message arguments: its first day, the first day counted) or ending too late (its last day,
 * the last day counted).
 */
public class PeriodOutOfRangeException extends RefusedException {

    private PeriodOutOfRangeException(String key, String message, LocalDate day, LocalDate limit) {
        super(key, message, day, limit);
    }

    static PeriodOutOfRangeException tooEarly(LocalDate from) {
        return new PeriodOutOfRangeException("figures.period.tooEarly",
                "Period starting " + from + " starts before " + Period.FIRST_DAY, from, Period.FIRST_DAY);
    }

    static PeriodOutOfRangeException tooLate(LocalDate to) {
        return new PeriodOutOfRangeException("figures.period.tooLate",
                "Period ending " + to + " ends after " + Period.LAST_DAY, to, Period.LAST_DAY);
    }
}
