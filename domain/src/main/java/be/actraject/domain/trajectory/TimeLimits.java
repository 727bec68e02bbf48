package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * The two time limits of a trajectory. Phases 1–3 count from the date of entry, phase 4 from the day its clock
 * starts; the lengths are parameters that the caller passes, so that a change of parameter applies to the clocks
 * started after it, never to running ones.
 */
@Service
public class TimeLimits {

    private final TrajectoryRepository trajectories;
    private final Timeline timeline;
    private final Clock clock;

    public TimeLimits(TrajectoryRepository trajectories, Timeline timeline, Clock clock) {
        this.trajectories = trajectories;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Starts the clock of a limit; its last day counts date to date ({@link DateToDate}). */
    @Transactional
    public LocalDate open(long trajectoryId, TimeLimit limit, Period length) {
        Trajectory trajectory = find(trajectoryId);
        LocalDate from = limit == TimeLimit.PRE_INVOICING ? trajectory.getStartDate() : LocalDate.now(clock);
        LocalDate lastDay = DateToDate.lastDay(from, length);
        trajectory.setLimit(limit, lastDay);
        timeline.record(trajectoryId, TimelineKind.LIMIT_OPENED, TrajectoryProgress.SYSTEM_ACTOR,
                limit.name() + ":" + lastDay);
        return lastDay;
    }

    /** The last day of a limit; fails when its clock has not started, which would be a fault in the model. */
    @Transactional(readOnly = true)
    public LocalDate lastDay(long trajectoryId, TimeLimit limit) {
        return find(trajectoryId).limit(limit)
                .orElseThrow(() -> new IllegalStateException(limit + " clock of trajectory " + trajectoryId
                        + " has not started"));
    }

    /**
     * Moves a limit further, by the coordinator's decision at the limit: the extension runs date to date from the
     * day after the last day, or from tomorrow when that day has passed.
     */
    @Transactional
    public LocalDate extend(long trajectoryId, TimeLimit limit, Period extension, Actor coordinator) {
        if (extension.isNegative() || extension.isZero()) {
            throw new IllegalArgumentException("An extension must be positive: " + extension);
        }
        Trajectory trajectory = find(trajectoryId);
        LocalDate base = trajectory.limit(limit).orElseThrow(() ->
                new IllegalStateException(limit + " clock of trajectory " + trajectoryId + " has not started"));
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDay = DateToDate.lastDay((base.isBefore(today) ? today : base).plusDays(1), extension);
        trajectory.setLimit(limit, lastDay);
        timeline.record(trajectoryId, TimelineKind.LIMIT_EXTENDED, coordinator.userId(),
                limit.name() + ":" + lastDay);
        return lastDay;
    }

    private Trajectory find(long trajectoryId) {
        return trajectories.findById(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }
}
