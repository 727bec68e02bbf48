package be.actraject.domain.trajectory;

import be.actraject.domain.candidate.Candidate;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.TimeLimit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One candidate's way through the phases, from the date of entry to an exit. */
@Entity
public class Trajectory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Candidate candidate;

    /** The user id of the coach, or null while any coach may take the intake. */
    private String coach;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private LocalDate startDate;
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ExitType exitType;
    private String exitReason;
    /**
     * The aftercare's follow-ups as offsets after the exit ("P3M,P6M,P12M"), as the aftercare started with them;
     * null before it started, and for an exit before this was kept (V43).
     */
    private String aftercareSchedule;

    /** The last day of phases 1–3 together, once their clock has started; moved by an extension. */
    private LocalDate preInvoicingLimit;
    /** The last day of phase 4, once its clock has started; moved by an extension. */
    private LocalDate invoicingLimit;

    @Version
    private long version;

    @OneToMany(mappedBy = "trajectory", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedOn, id")
    private List<PhasePeriod> phases = new ArrayList<>();

    protected Trajectory() {
    }

    public Trajectory(Candidate candidate, String coach, LocalDate startDate) {
        this.candidate = candidate;
        this.coach = coach;
        this.startDate = startDate;
    }

    /**
     * Moves the trajectory into a phase from a given day, closing the phase it was in. The first phase begins on
     * the date of entry, even when the registration was typed in later: the time limits count from there. Entering
     * the phase it is already in changes nothing, so that a model that is retried or migrated does not open a
     * second period.
     *
     * @return whether the phase changed
     */
    public boolean enter(Phase next, LocalDate on) {
        requireActive();
        if (next == phase) {
            return false;
        }
        LocalDate from = phases.isEmpty() && startDate.isBefore(on) ? startDate : on;
        currentPeriod().ifPresent(p -> p.close(from));
        phases.add(new PhasePeriod(this, next, from));
        phase = next;
        return true;
    }

    /** Starts (or restarts) the clock of a time limit: its last day becomes the given one. */
    public void setLimit(TimeLimit limit, LocalDate lastDay) {
        requireActive();
        if (limit == TimeLimit.PRE_INVOICING) {
            preInvoicingLimit = lastDay;
        } else {
            invoicingLimit = lastDay;
        }
    }

    /** The last day of a time limit, if its clock has started. */
    public Optional<LocalDate> limit(TimeLimit limit) {
        return Optional.ofNullable(limit == TimeLimit.PRE_INVOICING ? preInvoicingLimit : invoicingLimit);
    }

    /** Ends the trajectory with an exit; its current phase period ends the same day. */
    public void end(ExitType type, String reason, LocalDate on) {
        requireActive();
        currentPeriod().ifPresent(p -> p.close(on));
        this.exitType = type;
        this.exitReason = reason;
        this.endDate = on;
    }

    /**
     * Keeps the schedule the aftercare starts with, once: a later start (a retried job) keeps the first, which the
     * timers were made from.
     *
     * @return the schedule kept
     */
    public List<Period> startAftercare(List<Period> schedule) {
        if (aftercareSchedule == null) {
            aftercareSchedule = AftercareScheduleText.format(schedule);
        }
        return aftercareSchedule().orElseThrow();
    }

    /** The schedule the aftercare started with; empty before, and for an exit before it was kept. */
    public Optional<List<Period>> aftercareSchedule() {
        return Optional.ofNullable(aftercareSchedule).map(AftercareScheduleText::parse);
    }

    /**
     * Corrects the date of entry: the trajectory starts on the new day, and so does its first phase when that began
     * on the date of entry (as it does, {@link #enter}). The limits are the caller's to move.
     *
     * @throws CorrectionRefusedException when the first phase ended before the new day
     */
    public void correctStartDate(LocalDate day) {
        requireActive();
        if (!phases.isEmpty()) {
            PhasePeriod first = phases.get(0);
            if (first.getEndedOn() != null && first.getEndedOn().isBefore(day)) {
                throw new CorrectionRefusedException(CorrectionRefusedException.Reason.AFTER_FIRST_PHASE);
            }
            if (first.getStartedOn().equals(startDate)) {
                first.startOn(day);
            }
        }
        this.startDate = day;
    }

    public void assignCoach(String userId) {
        requireActive();
        this.coach = userId;
    }

    public boolean isActive() {
        return exitType == null;
    }

    public boolean isCoachedBy(String userId) {
        return userId.equals(coach);
    }

    /** Days since the current phase began, counting the first day as day 1; 0 before the first phase. */
    public long daysInPhase(LocalDate today) {
        return currentPeriod().map(p -> ChronoUnit.DAYS.between(p.getStartedOn(), today) + 1).orElse(0L);
    }

    /**
     * Days left before the time limit that runs in the current phase (the pre-invoicing limit until invoicing, then
     * the invoicing limit), the last day counting as 1; 0 or less once it has passed. Null when no limit runs.
     */
    public Long daysLeft(LocalDate today) {
        if (!isActive() || phase == null) {
            return null;
        }
        LocalDate last = phase == Phase.INVOICING ? invoicingLimit : preInvoicingLimit;
        return last == null ? null : ChronoUnit.DAYS.between(today, last) + 1;
    }

    public Optional<PhasePeriod> currentPeriod() {
        return phases.stream().filter(p -> p.getEndedOn() == null).reduce((first, second) -> second);
    }

    private void requireActive() {
        if (!isActive()) {
            throw new TrajectoryEndedException(id);
        }
    }

    public Long getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getCoach() {
        return coach;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ExitType getExitType() {
        return exitType;
    }

    public String getExitReason() {
        return exitReason;
    }

    public LocalDate getPreInvoicingLimit() {
        return preInvoicingLimit;
    }

    public LocalDate getInvoicingLimit() {
        return invoicingLimit;
    }

    public List<PhasePeriod> getPhases() {
        return Collections.unmodifiableList(phases);
    }
}
