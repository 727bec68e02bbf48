package be.actraject.bpmn.task;

/**
 * A task was handed over to a colleague ({@link TaskClaims#handOver}), published in that transaction, so that the
 * colleague's notification is queued with the hand-over or not at all.
 *
 * @param taskKey      the task's definition key (its screen and its name)
 * @param trajectoryId the trajectory the task is about; null for a learning-group session's task
 * @param receiver     who holds the task now
 * @param handedOverBy who handed it over
 * @param note         the note that came with it, as stored
 */
public record TaskHandedOver(String taskId, String taskKey, Long trajectoryId, String receiver, String handedOverBy,
                             String note) {
}
