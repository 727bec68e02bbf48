package be.actraject.bpmn.models;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's side of a proposed migration, apart from the trials and the audit ({@link ProcessMigrations}): the
 * plan the engine builds or refuses, the activities it can map to, and where the running instances wait.
 */
final class MigrationPlans {

    private final RuntimeService runtime;
    private final RepositoryService repository;

    MigrationPlans(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * The plan: the activities the engine finds equal, each replaced by the coordinator's own mapping where the page
     * gives one (the page sends every row, equal ones too), built as one list of instructions.
     */
    MigrationPlan plan(String source, String target, Map<String, String> manual, List<String> problems) {
        Map<String, String> merged = new LinkedHashMap<>(equalActivities(source, target));
        merged.putAll(manual);
        try {
            MigrationPlanBuilder builder = runtime.createMigrationPlan(source, target);
            merged.forEach(builder::mapActivities);
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction i = report.getMigrationInstruction();
                report.getFailures().forEach(f -> problems.add(i.getSourceActivityId() + " → "
                        + i.getTargetActivityId() + ": " + EngineText.readable(f)));
            }
            if (problems.isEmpty()) {
                problems.add(EngineText.readable(e.getMessage()));
            }
            return null;
        }
    }

    /** What the engine maps on its own: activities with the same id in scopes it finds equal. */
    private Map<String, String> equalActivities(String source, String target) {
        MigrationPlan equal;
        try {
            equal = runtime.createMigrationPlan(source, target).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            equal = e.getValidationReport().getMigrationPlan();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        equal.getInstructions().forEach(i -> mapping.put(i.getSourceActivityId(), i.getTargetActivityId()));
        return mapping;
    }

    /** Per running instance of a version, the activities where it waits; one query. */
    Map<String, Set<String>> waitingActivities(String definitionId) {
        Map<String, Set<String>> waiting = new LinkedHashMap<>();
        for (Execution e : runtime.createExecutionQuery().processDefinitionId(definitionId).list()) {
            String activity = ((ExecutionEntity) e).getActivityId();
            waiting.computeIfAbsent(e.getProcessInstanceId(), k -> new TreeSet<>());
            if (activity != null) {
                waiting.get(e.getProcessInstanceId()).add(activity);
            }
        }
        return waiting;
    }

    /** The activities of a version a waiting instance can be mapped to, by id with their names. */
    Map<String, String> activities(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Map<String, String> activities = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof Activity || node instanceof CatchEvent) {
                activities.put(node.getId(), node.getName() == null ? node.getId() : node.getName());
            }
        }
        return activities;
    }

    /**
     * The activities where some instance waits that the mapping leaves out, with the sub-processes around them that
     * need their counterpart too, sorted.
     */
    static Set<String> unmapped(Map<String, Set<String>> waiting, Map<String, String> mapping,
                                BpmnModelInstance sourceModel) {
        Set<String> unmapped = new TreeSet<>();
        waiting.values().forEach(activities -> activities.stream().filter(a -> !mapping.containsKey(a))
                .forEach(a -> {
                    unmapped.add(a);
                    for (var scope = sourceModel.getModelElementById(a) == null ? null
                            : sourceModel.getModelElementById(a).getParentElement();
                         scope instanceof SubProcess sub;
                         scope = sub.getParentElement()) {
                        if (!mapping.containsKey(sub.getId())) {
                            unmapped.add(sub.getId());
                        }
                    }
                }));
        return unmapped;
    }
}
