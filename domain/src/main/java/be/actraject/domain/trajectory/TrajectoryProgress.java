package be.actraject.domain.trajectory;

import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The changes that the process models make to a trajectory as it moves on, and what they read of it to set their
 * timers. These are called by the engine on behalf of the process, not by a person, so they check no caseload: the
 * model is the authority here.
 */
@Service
public class TrajectoryProgress {

    /** The actor recorded on the timeline for steps the process takes by itself. */
    public static final String SYSTEM_ACTOR = "system";

    private final TrajectoryRepository trajectories;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TrajectoryProgress(TrajectoryRepository trajectories, Timeline timeline, ApplicationEventPublisher events,
                              Clock clock) {
        this.trajectories = trajectories;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void enterPhase(long trajectoryId, Phase phase) {
        Trajectory trajectory = trajectories.findById(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        if (trajectory.enter(phase, LocalDate.now(clock))) {
            timeline.record(trajectoryId, TimelineKind.PHASE_ENTERED, SYSTEM_ACTOR, phase.name());
        }
    }

    /**
     * Ends the trajectory with its exit, as the model does on every way out. Ending an ended trajectory fails:
     * two ends would mean two models running for one trajectory.
     */
    @Transactional
    public void end(long trajectoryId, ExitType exitType, String reason) {
        Trajectory trajectory = trajectories.findById(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        trajectory.end(exitType, reason, LocalDate.now(clock));
        timeline.record(trajectoryId, TimelineKind.EXITED, SYSTEM_ACTOR, exitType.name());
        events.publishEvent(new TrajectoryExited(trajectoryId));
    }

    /**
     * Makes a coach the coach of a trajectory that had none, as happens when a coach takes an intake from the
     * pool. A trajectory that already has a coach keeps it: a hand-over is a deliberate act of its own.
     *
     * @return whether the coach was assigned now
     */
    @Transactional
    public boolean takeOver(long trajectoryId, String coach) {
        Trajectory trajectory = trajectories.findById(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        if (trajectory.getCoach() != null) {
            return false;
        }
        trajectory.assignCoach(coach);
        timeline.record(trajectoryId, TimelineKind.COACH_ASSIGNED, coach, coach);
        return true;
    }

    /**
     * The day the trajectory's current phase started; empty once it has ended or before its first phase.
     *
     * @throws TrajectoryNotFoundException for an unknown trajectory
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> currentPhaseStartedOn(long trajectoryId) {
        return require(trajectoryId).currentPeriod().map(PhasePeriod::getStartedOn);
    }

    /**
     * The day the trajectory ended (its exit); empty while it runs.
     *
     * @throws TrajectoryNotFoundException for an unknown trajectory
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> endedOn(long trajectoryId) {
        return Optional.ofNullable(require(trajectoryId).getEndDate());
    }

    /**
     * Keeps the aftercare schedule with the trajectory as its aftercare starts (in the same transaction as the
     * exit), so that the pages show the follow-ups its timers were made from, whatever the parameter becomes later.
     *
     * @param current the schedule in force now (the parameter {@code aftercare-follow-ups})
     * @return the schedule kept: {@code current}, or the one kept already by an earlier start of the same aftercare
     * @throws TrajectoryNotFoundException for an unknown trajectory
     */
    @Transactional
    public List<Period> startAftercare(long trajectoryId, List<Period> current) {
        return require(trajectoryId).startAftercare(current);
    }

    /** Whether the trajectory exists and has not ended; false for an unknown id. */
    @Transactional(readOnly = true)
    public boolean isActive(long trajectoryId) {
        return trajectories.findById(trajectoryId).map(Trajectory::isActive).orElse(false);
    }

    /** Whether a trajectory with this id exists, ended or not. */
    @Transactional(readOnly = true)
    public boolean exists(long trajectoryId) {
        return trajectories.existsById(trajectoryId);
    }

    private Trajectory require(long trajectoryId) {
        return trajectories.findById(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }
}
