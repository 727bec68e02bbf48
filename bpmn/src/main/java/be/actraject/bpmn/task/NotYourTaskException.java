package be.actraject.bpmn.task;

/** The person may not act on this task: it is not assigned to them, or they are not among its candidates. */
public class NotYourTaskException extends RuntimeException {

    private final String taskId;

    public NotYourTaskException(String taskId, String userId) {
        super("Task " + taskId + " is not for " + userId);
        this.taskId = taskId;
    }

    public String taskId() {
        return taskId;
    }
}
