package be.actraject.domain.trajectory;

import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;

import java.time.LocalDate;

/**
 * Where a trajectory stands, as the lists show and filter it: its phase while it runs (intake until the first phase
 * has begun), then in aftercare while the follow-ups after a successful exit run, then exited; a stop is never
 * followed up (DOMAIN.md: the aftercare; {@link ExitType#STOPPED}).
 */
public enum TrajectoryStatus {
    INTAKE,
    EXPLORATION,
    PROSPECTING,
    INVOICING,
    AFTERCARE,
    EXITED,
    STOPPED;

    /**
     * @param aftercareSince the first exit day whose follow-ups still run: today minus the last follow-up's offset
     */
    public static TrajectoryStatus of(Trajectory trajectory, LocalDate aftercareSince) {
        if (trajectory.isActive()) {
            Phase phase = trajectory.getPhase();
            return phase == null ? INTAKE : valueOf(phase.name());
        }
        if (trajectory.getExitType() == ExitType.STOPPED) {
            return STOPPED;
        }
        return trajectory.getEndDate().isBefore(aftercareSince) ? EXITED : AFTERCARE;
    }
}
