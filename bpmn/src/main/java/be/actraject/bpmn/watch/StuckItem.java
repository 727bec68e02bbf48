package be.actraject.bpmn.watch;

import java.time.Instant;

/**
 * One stuck thing: which trajectory (when known), what on the engine (task, job, instance, element), since when,
 * and the engine's or the check's own words.
 */
public record StuckItem(StuckKind kind, Long trajectoryId, Long candidateId, String candidateName, String taskId,
                        String taskName, String assignee, String jobId, String processInstanceId, String activityId,
                        Instant since, String detail) {
}
