package be.actraject.bpmn.task;

/** No task with this id was ever open, or it is not of the kind the caller expected. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("No open task " + taskId);
    }
}
