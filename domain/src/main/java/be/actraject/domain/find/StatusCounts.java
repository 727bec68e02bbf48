package be.actraject.domain.find;

import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How many trajectories of a list each status holds, in one statement: grouped by phase and exit type, the ended
 * ones split by whether their exit falls within the aftercare window ({@link TrajectoryStatus#of}). A coach's list narrows to the caseload with a semi-join that PostgreSQL
 * answers by hashing the whole caseload (the pool and the coach's own: 16,800 of 24,000 in the load harness's
 * shape); the list's total, its counts by phase and its aftercare count each did that (issue 19). Now it is done once,
 * and the total is taken from these counts ({@link #total}).
 */
final class StatusCounts {

    private StatusCounts() {
    }

    /**
     * @param where    the list's " from Trajectory t join t.candidate c where …" under every filter but the status
     * @param narrowed the parameters {@code where} binds
     * @return every status with its count, 0 where none
     */
    static Map<TrajectoryStatus, Long> of(EntityManager entities, String where, Map<String, Object> narrowed,
                                          LocalDate aftercareSince) {
        Map<TrajectoryStatus, Long> counts = new EnumMap<>(TrajectoryStatus.class);
        for (TrajectoryStatus status : TrajectoryStatus.values()) {
            counts.put(status, 0L);
        }
        Map<String, Object> parameters = new HashMap<>(narrowed);
        parameters.put("countsAftercareSince", aftercareSince);
        TypedQuery<Object[]> query = entities.createQuery("select t.phase, t.exitType, count(t), sum(case when"
                + " t.endDate >= :countsAftercareSince then 1 else 0 end)" + where + " group by t.phase, t.exitType",
                Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            Phase phase = (Phase) row[0];
            ExitType exit = (ExitType) row[1];
            long count = ((Number) row[2]).longValue();
            long inAftercareWindow = row[3] == null ? 0 : ((Number) row[3]).longValue();
            if (exit == null) {
                counts.merge(phase == null ? TrajectoryStatus.INTAKE : TrajectoryStatus.valueOf(phase.name()), count,
                        Long::sum);
            } else if (exit == ExitType.STOPPED) {
                counts.merge(TrajectoryStatus.STOPPED, count, Long::sum);
            } else {
                counts.merge(TrajectoryStatus.AFTERCARE, inAftercareWindow, Long::sum);
                counts.merge(TrajectoryStatus.EXITED, count - inAftercareWindow, Long::sum);
            }
        }
        return counts;
    }

    /** The list's total: that status's count, or all of them when no status is chosen. */
    static long total(Map<TrajectoryStatus, Long> counts, TrajectoryStatus status) {
        if (status != null) {
            return counts.get(status);
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
