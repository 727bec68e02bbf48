package be.actraject.domain.bookkeeping;

import java.time.LocalDate;

/**
 * The days a sales journal covers, both included: a month, a quarter or a year as a bookkeeper asks for them.
 *
 * @throws JournalRefusedException when a day is missing, the period ends before it starts, or it spans more than
 *                                 {@link #MAX_MONTHS} months (a year's journal is the largest a VAT return or an
 *                                 annual closing needs)
 */
public record JournalPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_MONTHS = 12;

    public JournalPeriod {
        if (from == null || to == null) {
            throw new JournalRefusedException(JournalRefusedException.Reason.PERIOD_MISSING);
        }
        if (to.isBefore(from)) {
            throw new JournalRefusedException(JournalRefusedException.Reason.PERIOD_REVERSED);
        }
        if (!to.isBefore(from.plusMonths(MAX_MONTHS))) {
            throw new JournalRefusedException(JournalRefusedException.Reason.PERIOD_TOO_LONG);
        }
    }

    /** The calendar month that holds this day. */
    public static JournalPeriod monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new JournalPeriod(first, first.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
