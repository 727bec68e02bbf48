package be.actraject.bpmn.watch;

/** What the task checks select and read from: an open task {@code T} with its process instance {@code P}. */
final class TaskColumns {

    /** The nine columns of {@link StuckCheck}, since when given. */
    static String of(String since) {
        return WatchSql.TRAJECTORY_OF_INSTANCE + ", T.PROC_INST_ID_, T.TASK_DEF_KEY_, T.ID_, T.NAME_, T.ASSIGNEE_,"
                + " null, " + since + ", null";
    }

    /** Active tasks (those of a suspended instance wait for it) with their instance. */
    static final String OPEN = " from ACT_RU_TASK T" + WatchSql.instanceOf("T.PROC_INST_ID_")
            + " where T.SUSPENSION_STATE_ = 1";

    private TaskColumns() {
    }
}
