package be.actraject.bpmn.task;

/** Someone else holds the task, possibly since a moment ago. */
public class TaskClaimedByOtherException extends RuntimeException {

    private final String holder;

    public TaskClaimedByOtherException(String taskId, String holder) {
        super("Task " + taskId + " is claimed by " + holder);
        this.holder = holder;
    }

    /** The user id of the holder; null when the claim lost a race and the winner is not known here. */
    public String holder() {
        return holder;
    }
}
