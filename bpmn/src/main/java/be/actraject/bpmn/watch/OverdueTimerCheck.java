package be.actraject.bpmn.watch;

import org.springframework.stereotype.Component;

/**
 * {@link StuckKind#OVERDUE_TIMER}: a timer with retries left, due longer ago than the grace time, the longest overdue
 * first. Past due and not fired: the job executor is stalled, or the instance was suspended and forgotten. (What the
 * engine's {@code JobQuery.timers().withRetriesLeft().duedateLowerThan(...)} asks.)
 */
@Component
class OverdueTimerCheck implements StuckCheck {

    @Override
    public StuckKind kind() {
        return StuckKind.OVERDUE_TIMER;
    }

    @Override
    public String columns() {
        return WatchSql.TRAJECTORY_OF_INSTANCE + ", J.PROCESS_INSTANCE_ID_, null, null, null, null, J.ID_,"
                + " J.DUEDATE_, null";
    }

    @Override
    public String from() {
        return " from ACT_RU_JOB J" + WatchSql.instanceOf("J.PROCESS_INSTANCE_ID_")
                + " where J.TYPE_ = 'timer' and J.RETRIES_ > 0 and J.DUEDATE_ < :timerDueBefore";
    }

    @Override
    public String orderBy() {
        return "J.DUEDATE_, J.ID_";
    }
}
