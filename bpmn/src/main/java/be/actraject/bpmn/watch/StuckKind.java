package be.actraject.bpmn.watch;

/** The ways a trajectory can be stuck, each a list on the watch page. */
public enum StuckKind {
    /** A job that failed until it had no retries left: an incident. */
    FAILED_JOB,
    /** A task nobody claimed for longer than the set time. */
    UNCLAIMED_TASK,
    /** A claimed task nobody touched for longer than the set time. */
    UNTOUCHED_TASK,
    /** A task past its due date. */
    OVERDUE_TASK,
    /** A trajectory past its phase limit without a decision. */
    PAST_LIMIT,
    /** A trajectory in which nothing happened for longer than the set time. */
    IDLE,
    /** A timer past its due date that has not fired. */
    OVERDUE_TIMER,
    /** An instance waiting for a message that nothing in the application sends. */
    UNSENT_MESSAGE,
    /** A running trajectory (domain) with no process instance on the engine. */
    NO_PROCESS,
    /** A process instance whose trajectory has ended, or does not exist. */
    PROCESS_WITHOUT_TRAJECTORY,
    /** A task whose trajectory (and candidate) is gone. */
    TASK_WITHOUT_TRAJECTORY
}
