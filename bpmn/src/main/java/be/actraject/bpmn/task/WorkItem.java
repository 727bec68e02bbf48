package be.actraject.bpmn.task;

import be.actraject.workflow.Phase;

import java.time.Instant;

/**
 * One open task as a worklist or a task screen shows it: the engine's task with the candidate and phase it is for.
 *
 * @param taskKey      the task definition key, which names the task in the message bundles and picks its screen
 * @param modelName    the name in the model, for a task the bundles do not know (a model changed in the browser)
 * @param daysInPhase  days since the trajectory entered its current phase, the first day counting as 1
 */
public record WorkItem(
        String taskId,
        String taskKey,
        String modelName,
        Instant created,
        Instant due,
        String assignee,
        long trajectoryId,
        long candidateId,
        String candidateName,
        Phase phase,
        long daysInPhase) {

    public boolean isAssignedTo(String userId) {
        return userId.equals(assignee);
    }
}
