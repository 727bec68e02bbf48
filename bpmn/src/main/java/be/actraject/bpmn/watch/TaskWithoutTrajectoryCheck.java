package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#TASK_WITHOUT_TRAJECTORY}: an open task whose instance's business key names a trajectory the
 * dossier does not hold, the oldest first. A task of an instance without such a key (a model of its own) is not
 * counted. An anti-join: it looks at every running instance, each by its trajectory's key, then at the tasks of
 * those whose trajectory is missing.
 */
@Component
class TaskWithoutTrajectoryCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.TASK_WITHOUT_TRAJECTORY;
    }

    @Override
    public String columns() {
        return TaskColumns.of("T.CREATE_TIME_");
    }

    @Override
    public String from() {
        // From the instances, whose anti-join is the smaller: their tasks then by the engine's index on the instance.
        return " from ACT_RU_EXECUTION P join ACT_RU_TASK T on T.PROC_INST_ID_ = P.ID_"
                + " where P.ID_ = P.PROC_INST_ID_ and P.SUSPENSION_STATE_ = 1 and T.SUSPENSION_STATE_ = 1 and "
                + WatchSql.TRAJECTORY_OF_INSTANCE + " is not null and not exists (select 1 from trajectory TR"
                + " where TR.id = " + WatchSql.TRAJECTORY_OF_INSTANCE + ")";
    }

    @Override
    public String orderBy() {
        return "T.CREATE_TIME_, T.ID_";
    }
}
