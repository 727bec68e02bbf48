package be.actraject.bpmn.task;

import be.actraject.workflow.Phase;

import java.time.Instant;

/**
 * One open task as a worklist or a task screen shows it: the engine's task with what it is about — a candidate's
 * trajectory (with its phase), or, for the attendance of a collective session, a learning group's session.
 *
 * @param taskKey      the task definition key, which names the task in the message bundles and picks its screen
 * @param modelName    the name in the model, for a task the bundles do not know (a model changed in the browser)
 * @param subject      the candidate's name, or the learning group's for a session
 * @param trajectoryId null for a session's task
 * @param candidateId  null for a session's task
 * @param sessionId    null unless the task concerns a collective session
 * @param daysInPhase  days since the trajectory entered its current phase, the first day counting as 1
 * @param trajectoryEnded whether the trajectory has ended: its tasks are then the aftercare's
 */
public record WorkItem(
        String taskId,
        String taskKey,
        String modelName,
        Instant created,
        Instant due,
        String assignee,
        String subject,
        Long trajectoryId,
        Long candidateId,
        Long sessionId,
        Phase phase,
        long daysInPhase,
        boolean trajectoryEnded) {

    public boolean isAssignedTo(String userId) {
        return userId.equals(assignee);
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** The trajectory id of a task that must concern one; fails for a session's task. */
    public long requireTrajectory() {
        if (trajectoryId == null) {
            throw new TaskNotFoundException(taskId);
        }
        return trajectoryId;
    }
}
