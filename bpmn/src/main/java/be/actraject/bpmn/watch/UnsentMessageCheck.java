package be.actraject.bpmn.watch;

import be.actraject.workflow.Messages;
import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#UNSENT_MESSAGE}: an instance waiting for a message no code sends, the longest waiting first. Only
 * the messages named in workflow-model's {@link Messages} are correlated by the application; a wait for any other
 * lasts forever.
 */
@Component
class UnsentMessageCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.UNSENT_MESSAGE;
    }

    @Override
    public String columns() {
        return WatchSql.TRAJECTORY_OF_INSTANCE + ", S.PROC_INST_ID_, S.ACTIVITY_ID_, null, null, null, null,"
                + " S.CREATED_, S.EVENT_NAME_";
    }

    @Override
    public String from() {
        return " from ACT_RU_EVENT_SUBSCR S" + WatchSql.instanceOf("S.PROC_INST_ID_")
                + " where S.EVENT_TYPE_ = 'message' and " + WatchSql.notSentMessage("S.EVENT_NAME_");
    }

    @Override
    public String orderBy() {
        return "S.CREATED_, S.ID_";
    }
}
