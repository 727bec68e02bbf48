package be.actraject.bpmn.task;

import java.time.Instant;

/** The task was open once but has been completed (or cancelled) since: the form on the screen is stale. */
public class TaskAlreadyCompletedException extends RuntimeException {

    private final String completedBy;
    private final Instant endedAt;

    public TaskAlreadyCompletedException(String taskId, String completedBy, Instant endedAt) {
        super("Task " + taskId + " is no longer open");
        this.completedBy = completedBy;
        this.endedAt = endedAt;
    }

    /** Who held the task when it ended; null when nobody did or it is unknown. */
    public String completedBy() {
        return completedBy;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
