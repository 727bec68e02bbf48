package be.actraject.web.system;

import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.invoice.SupplyDates;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/**
 * The plausible window of every date a user types, from today on the cooperative's clock: a date outside it is a
 * typing error (01/01/1990 as a date of entry showed 13,483 days in the phase; issue 14), refused beside its field
 * with the message {@code date.window.<NAME>}, which says the window. The lengths come from the domain document:
 * phases 1–3 take at most six months, phase 4 twelve, so a trajectory lasts at most eighteen months.
 */
public enum DateWindow {

    /**
     * A date of entry: not ahead, and not so far back that the phases 1–3 limit has passed: that limit is the day
     * before the same date six months later ({@code DateToDate}), so the earliest entry is six months back plus a day
     * (on 30/11/2026: 31/05/2026, whose limit is today).
     */
    ENTRY(Period.ofMonths(6).minusDays(1), Period.ZERO),
    /** A job seeker is at least 15 (the end of full-time compulsory schooling) and not a century old. */
    BIRTH(Period.ofYears(100), Period.ofYears(-15)),
    /** The next conversation: from today, within phases 1–3's six months (conversations come every few weeks). */
    NEXT_CONVERSATION(Period.ZERO, Period.ofMonths(6)),
    /** An action point's due date: a report may be written weeks late; a year ahead is the furthest plan. */
    ACTION_POINT_DUE(Period.ofMonths(1), Period.ofMonths(12)),
    /** The Entre-spiegel is taken before or at intake, and again during the trajectory. */
    ASSESSMENT(Period.ofMonths(24), Period.ZERO),
    /** A POP is agreed during the trajectory. */
    PLAN_AGREED(Period.ofMonths(18), Period.ZERO),
    /** A POP action's target: a later version keeps earlier actions; none lies beyond the longest trajectory. */
    PLAN_ACTION_TARGET(Period.ofMonths(18), Period.ofMonths(18)),
    /** A POP action done. */
    PLAN_ACTION_DONE(Period.ofMonths(18), Period.ZERO),
    /** A prospecting activity happened during the trajectory. */
    PROSPECTING_ACTIVITY(Period.ofMonths(18), Period.ZERO),
    /** A quote is valid from today, for at most a year. */
    QUOTE_VALIDITY(Period.ZERO, Period.ofMonths(12)),
    /** An invoice's delivery date or period: the domain's own window ({@link SupplyDates}). */
    SUPPLY(Period.ofMonths(SupplyDates.MONTHS_BEFORE), Period.ofMonths(SupplyDates.MONTHS_AFTER)),
    /**
     * A learning-group session is planned, so from today (issue 16: a session dated in the past was accepted and its
     * attendance task came at once); groups plan up to a year ahead.
     */
    SESSION(Period.ZERO, Period.ofMonths(12)),
    /** A sector group's meeting: planned as a session is, but its message speaks of a meeting, not a session. */
    SECTOR_MEETING(Period.ZERO, Period.ofMonths(12)),
    /** A conversation planned from the dossier: the domain's own window ({@link PlannedConversations}). */
    PLANNED_CONVERSATION(Period.ZERO, Period.ofMonths(PlannedConversations.MONTHS_AHEAD)),
    /** A month of extra earnings: within phase 4 and its extensions; a month not yet begun is refused elsewhere. */
    STATEMENT_MONTH(Period.ofMonths(18), Period.ZERO),
    /** A payment received: an invoice of phase 4 may be paid late, not in the future. */
    PAYMENT(Period.ofMonths(24), Period.ZERO),
    /** A cost of the activity: within phase 4's twelve months. */
    COST(Period.ofMonths(12), Period.ZERO),
    /** A task put aside until a day: today or later, not beyond phases 1–3's six months. */
    FOLLOW_UP(Period.ZERO, Period.ofMonths(6)),
    /**
     * A coordinator's corrected date of entry: the outer bounds of a running trajectory (18 months at most, with room
     * for a late correction) up to today; the exact window, from the candidate's registration, is the domain's
     * ({@code EntryDateCorrections.window}).
     */
    CORRECTED_ENTRY(Period.ofYears(3), Period.ZERO),
    /** A day a training module is held, added by a coordinator: from today, a training year and a half ahead. */
    TRAINING_MOMENT(Period.ZERO, Period.ofMonths(18)),
    /**
     * A day of a bookkeeper's export period: the ten years invoices are kept (art. 60 § 3 W.btw) up to a year ahead,
     * for a quarter or year not yet over.
     */
    BOOKKEEPING_PERIOD(Period.ofYears(10), Period.ofMonths(12)),
    /** A stuck task's new due date, set by an administrator. */
    POSTPONED_DUE(Period.ZERO, Period.ofMonths(6));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Period back;
    private final Period ahead;

    DateWindow(Period back, Period ahead) {
        this.back = back;
        this.ahead = ahead;
    }

    public LocalDate earliest(LocalDate today) {
        return today.minus(back);
    }

    public LocalDate latest(LocalDate today) {
        return today.plus(ahead);
    }

    /** Whether the window holds the day; no day at all is for {@code @NotNull} to judge. */
    public boolean admits(LocalDate day, LocalDate today) {
        return day == null || !day.isBefore(earliest(today)) && !day.isAfter(latest(today));
    }

    /** The message that states the window, in both bundles; its {@code {0}} and {@code {1}} are the bounds. */
    public String messageKey() {
        return "date.window." + name();
    }

    /**
     * The bounds its message states, from today: the very days the date input offers as its {@code min} and
     * {@code max} ({@link DateWindows}), as the pages write a day ({@code 30/11/2026}) or, for a month,
     * {@code 11/2026}.
     * So no message repeats a length ("three years") that could drift from the window.
     */
    public Object[] messageArguments(LocalDate today) {
        DateTimeFormatter written = this == STATEMENT_MONTH ? MONTH : DAY;
        return new Object[]{written.format(earliest(today)), written.format(latest(today))};
    }
}
