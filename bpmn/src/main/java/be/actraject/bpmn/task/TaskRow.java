package be.actraject.bpmn.task;

import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.util.Date;

/**
 * The fields of an open task that a {@link WorkItem} shows, read either through the engine's API (one task) or by
 * {@link WorklistRows} from its tables (a worklist's page).
 *
 * @param trajectoryId the trajectory its process instance's business key names; null for a session's task, and when
 *                     read through the engine's API (the caller knows it)
 * @param sessionId    likewise, the collective session
 */
record TaskRow(String id, String taskKey, String name, Instant created, Instant due, String assignee,
               Instant followUp, String owner, String description, Long trajectoryId, Long sessionId) {

    static TaskRow of(Task task) {
        return new TaskRow(task.getId(), task.getTaskDefinitionKey(), task.getName(), instant(task.getCreateTime()),
                instant(task.getDueDate()), task.getAssignee(), instant(task.getFollowUpDate()), task.getOwner(),
                task.getDescription(), null, null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
