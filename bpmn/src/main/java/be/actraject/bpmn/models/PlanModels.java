package be.actraject.bpmn.models;

import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.LinkedHashMap;
import java.util.Map;

/** A migration plan with the models of its two versions. */
record PlanModels(MigrationPlan plan, BpmnModelInstance source, BpmnModelInstance target) {

    /** Target activity id → the source activity mapped onto it. */
    Map<String, String> sourceOf() {
        Map<String, String> reverse = new LinkedHashMap<>();
        plan.getInstructions().forEach(i -> reverse.put(i.getTargetActivityId(), i.getSourceActivityId()));
        return reverse;
    }
}
