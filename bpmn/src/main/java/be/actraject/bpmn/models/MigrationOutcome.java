package be.actraject.bpmn.models;

/**
 * Where a migration batch stands: how many instances it moves, how many have moved, how many failed.
 *
 * @param finished whether the batch has ended (all its jobs done)
 */
public record MigrationOutcome(String batchId, String sourceDefinitionId, String targetDefinitionId, int total,
                               int done, int failed, boolean finished) {
}
