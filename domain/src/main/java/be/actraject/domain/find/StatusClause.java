package be.actraject.domain.find;

import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;

import java.time.LocalDate;
import java.util.Map;

/** {@link TrajectoryStatus#of} as a JPQL condition on the trajectory alias {@code t}, for filtering in the database. */
final class StatusClause {

    private StatusClause() {
    }

    /** " and …" for the status, binding its parameters; "" for null (every status). */
    static String of(TrajectoryStatus status, LocalDate aftercareSince, Map<String, Object> parameters) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case INTAKE -> {
                parameters.put("statusPhase", Phase.INTAKE);
                yield " and t.exitType is null and (t.phase is null or t.phase = :statusPhase)";
            }
            case EXPLORATION, PROSPECTING, INVOICING -> {
                parameters.put("statusPhase", Phase.valueOf(status.name()));
                yield " and t.exitType is null and t.phase = :statusPhase";
            }
            case AFTERCARE -> ended(parameters, aftercareSince, " and t.endDate >= :aftercareSince");
            case EXITED -> ended(parameters, aftercareSince, " and t.endDate < :aftercareSince");
            case STOPPED -> {
                parameters.put("stopped", ExitType.STOPPED);
                yield " and t.exitType = :stopped";
            }
        };
    }

    private static String ended(Map<String, Object> parameters, LocalDate aftercareSince, String window) {
        parameters.put("stopped", ExitType.STOPPED);
        parameters.put("aftercareSince", aftercareSince);
        return " and t.exitType <> :stopped" + window;
    }
}
