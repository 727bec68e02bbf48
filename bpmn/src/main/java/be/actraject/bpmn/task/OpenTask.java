package be.actraject.bpmn.task;

import be.actraject.workflow.BusinessKeys;

import java.util.function.Function;

/** The task being completed, as the code that records its form's data sees it. */
public final class OpenTask {

    private final String taskId;
    private final String businessKey;
    private final Function<String, Object> variables;

    OpenTask(String taskId, String businessKey, Function<String, Object> variables) {
        this.taskId = taskId;
        this.businessKey = businessKey;
        this.variables = variables;
    }

    public String taskId() {
        return taskId;
    }

    /** The trajectory the task is about; fails for a session's task. */
    public long trajectoryId() {
        return BusinessKeys.trajectoryOf(businessKey).orElseThrow(() -> new TaskNotFoundException(taskId));
    }

    /** The collective session the task is about; fails for a trajectory's task. */
    public long sessionId() {
        return BusinessKeys.sessionOf(businessKey).orElseThrow(() -> new TaskNotFoundException(taskId));
    }

    /** A process variable as the task sees it. */
    public Object variable(String name) {
        return variables.apply(name);
    }

    public long longVariable(String name) {
        Object value = variable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Task " + taskId + " has no number " + name);
        }
        return n.longValue();
    }
}
