package be.actraject.bpmn.task;

/**
 * The task changed between reading it and saving a change to it (claimed, handed over or completed by someone
 * else at the same moment). Nothing of the change was saved; the person looks at the task again.
 */
public class TaskChangedException extends RuntimeException {

    public TaskChangedException(String taskId) {
        super("Task " + taskId + " changed meanwhile");
    }
}
