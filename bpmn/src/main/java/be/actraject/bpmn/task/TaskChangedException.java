package be.actraject.bpmn.task;

import be.actraject.domain.RefusedException;

/**
 * The task changed between reading it and saving a change to it (claimed, handed over or completed by someone
 * else at the same moment). Nothing of the change was saved; the person looks at the task again.
 */
public class TaskChangedException extends RefusedException {

    public TaskChangedException(String taskId) {
        super("task.changed", "Task " + taskId + " changed meanwhile");
    }
}
