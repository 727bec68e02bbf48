package be.actraject.bpmn.models;

import java.util.List;
import java.util.Map;

/**
 * What a migration from one version to another would do.
 *
 * @param mapping      source activity → target activity: those mapped because they are equal, and those mapped by hand
 * @param unmapped     the source activities with instances waiting that have no counterpart yet
 * @param targets      the target version's activities a source one may be mapped to (id → name)
 * @param planProblems the engine's objections to the plan itself (empty when it accepts it)
 * @param movable      the instances that can move, with where they wait
 * @param stuck        the instances that cannot, with the engine's reasons
 */
public record MigrationProposal(ModelVersion source, ModelVersion target, Map<String, String> mapping,
                                List<String> unmapped, Map<String, String> targets, List<String> planProblems,
                                List<Instance> movable, List<Instance> stuck) {

    /**
     * One running instance: its business key (the trajectory), where it waits, why it cannot move if so, and what
     * moving it does to its timers and tasks.
     */
    public record Instance(String processInstanceId, String businessKey, List<String> activities,
                           List<String> reasons, MigrationEffect effect) {
    }

    public boolean planValid() {
        return planProblems.isEmpty();
    }
}
