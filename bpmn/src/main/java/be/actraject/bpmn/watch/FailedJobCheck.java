package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#FAILED_JOB}: every incident, with the failing job (its configuration) and the engine's message,
 * the oldest first.
 */
@Component
class FailedJobCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.FAILED_JOB;
    }

    @Override
    public String columns() {
        return WatchSql.TRAJECTORY_OF_INSTANCE + ", I.PROC_INST_ID_, I.ACTIVITY_ID_, null, null, null,"
                + " I.CONFIGURATION_, I.INCIDENT_TIMESTAMP_, I.INCIDENT_MSG_";
    }

    @Override
    public String from() {
        return " from ACT_RU_INCIDENT I" + WatchSql.instanceOf("I.PROC_INST_ID_");
    }

    @Override
    public String orderBy() {
        return "I.INCIDENT_TIMESTAMP_, I.ID_";
    }
}
