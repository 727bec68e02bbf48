package be.actraject.bpmn.task;

import be.actraject.domain.NotFoundException;

/** No task with this id was ever open, or it is not of the kind the caller expected. */
public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(String taskId) {
        super("No open task " + taskId);
    }
}
