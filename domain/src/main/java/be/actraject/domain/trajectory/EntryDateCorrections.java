package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditReason;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A coordinator corrects a candidate's date of entry, with a reason: the trajectory starts on the new day (and so
 * does its first phase, which began on the date of entry), and the phases 1–3 limit, which counts from it, moves.
 * Moving the engine's timers of that limit is the caller's part (the bpmn module, in the same transaction).
 */
@Service
public class EntryDateCorrections {

    /**
     * How far ahead a corrected date of entry may lie: not at all. The trajectory runs, its intake has begun, so it
     * cannot have been entered tomorrow (a date ahead made the days in the phase negative; registration refuses it too).
     */
    public static final Period AHEAD = Period.ZERO;
    /** How far before the registration: a candidate registered late, up to a year after they entered. */
    public static final Period BEFORE_REGISTRATION = Period.ofYears(1);

    private final CoachChanges coachChanges;
    private final Timeline timeline;
    private final AuditLog audit;
    private final Clock clock;
    private final CorrectionWrites writes;

    public EntryDateCorrections(CoachChanges coachChanges, Timeline timeline, AuditLog audit, Clock clock,
                                CorrectionWrites writes) {
        this.coachChanges = coachChanges;
        this.writes = writes;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plausible window of a new date of entry, inclusive: a year before the registration to today. */
    public Window window(Trajectory trajectory) {
        LocalDate registered = trajectory.getCandidate().getRegisteredAt().atZone(clock.getZone()).toLocalDate();
        return new Window(registered.minus(BEFORE_REGISTRATION), LocalDate.now(clock).plus(AHEAD));
    }

    /**
     * @param limitLength the length of the phases 1–3 limit now (a parameter): a limit that was never extended is
     *                    counted again date to date from the new day; an extended one moves by as many days as the
     *                    date of entry, so that the extension is kept
     * @return the phases 1–3 limit's last day after the correction; empty when its clock has not started
     * @throws be.actraject.domain.access.NotPermittedException when the actor is not a coordinator
     * @throws CorrectionRefusedException       when the reason is missing, the date is the same, or the first phase
     *                                          ended before it, or someone changed the trajectory or the
     *                                          candidate since they were read
     * @throws EntryDateOutsideWindowException  when the date is outside {@link #window}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LocalDate> correct(long trajectoryId, LocalDate day, String reason, Period limitLength,
                                       Actor actor) {
        Trajectory trajectory = coachChanges.requireCoordinator(trajectoryId, actor);
        String why = CoachChanges.requireReason(reason);
        LocalDate before = trajectory.getStartDate();
        if (day.equals(before)) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.SAME_DATE);
        }
        Window window = window(trajectory);
        if (day.isBefore(window.earliest()) || day.isAfter(window.latest())) {
            throw new EntryDateOutsideWindowException(day, window.earliest(), window.latest());
        }
        Optional<LocalDate> oldLimit = trajectory.limit(TimeLimit.PRE_INVOICING);
        trajectory.correctStartDate(day);
        trajectory.getCandidate().correctDateOfEntry(day);
        Optional<LocalDate> newLimit = oldLimit.map(last -> last.equals(DateToDate.lastDay(before, limitLength))
                ? DateToDate.lastDay(day, limitLength)
                : last.plusDays(ChronoUnit.DAYS.between(before, day)));
        newLimit.ifPresent(last -> trajectory.setLimit(TimeLimit.PRE_INVOICING, last));
        writes.now();
        String change = before + " → " + day;
        timeline.record(trajectoryId, TimelineKind.DATE_OF_ENTRY_CORRECTED, actor.userId(), change);
        // The dates as ISO-8601 in the reason, so that the audit page shows them in the reader's format.
        AuditReason moved = oldLimit.isPresent()
                ? AuditReason.of(AuditReason.ENTRY_DATE_AND_LIMIT_MOVED, before, day, oldLimit.get(), newLimit.get())
                : AuditReason.of(AuditReason.ENTRY_DATE_MOVED, before, day);
        audit.record(AuditKind.DATE_OF_ENTRY_CORRECTED, actor.userId(), String.valueOf(trajectoryId), why, moved,
                Long.toString(trajectoryId));
        return newLimit;
    }

    /** From {@code earliest} to {@code latest}, both included. */
    public record Window(LocalDate earliest, LocalDate latest) {
    }
}
