package be.actraject.bpmn.models;

import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moving running instances from one version of a process to another: a plan that maps equal activities and those the
 * coordinator maps by hand; the engine's verdict on the plan; each instance tried in a transaction that is rolled back,
 * so the page can say which can move, what moving does to its timers and tasks ({@link MigrationEffect}) and why the
 * others cannot; then the movable ones migrated, each in a transaction of its own that also removes the timers the
 * engine would fire a second time ({@link RefiredTimers}), recorded in the audit log. Nothing moves without
 * {@link #migrate}.
 */
@Service
public class ProcessMigrations {

    private static final Logger log = LoggerFactory.getLogger(ProcessMigrations.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ProcessModels models;
    private final AuditLog audit;
    private final InstanceMigration instances;
    private final TransactionTemplate ownTransaction;
    private final MigrationOutcomes outcomes = new MigrationOutcomes();

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, ProcessModels models, AuditLog audit,
                      InstanceMigration instances, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.models = models;
        this.audit = audit;
        this.instances = instances;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The latest version of the source's process, the default target. */
    public String latestOf(String sourceDefinitionId) {
        ProcessDefinition source = definition(sourceDefinitionId);
        return repository.createProcessDefinitionQuery().processDefinitionKey(source.getKey()).latestVersion()
                .singleResult().getId();
    }

    /**
     * The plan for these versions with the coordinator's own mappings (source activity → target activity), and which
     * instances it can move.
     */
    public MigrationProposal propose(String sourceDefinitionId, String targetDefinitionId,
                                     Map<String, String> manual, Actor actor) {
        ProcessModels.requireModeller(actor);
        ProcessDefinition source = definition(sourceDefinitionId);
        ProcessDefinition target = definition(targetDefinitionId);
        // Forward only: the page offers newer versions; going back would rerun what the newer one fixed.
        if (!source.getKey().equals(target.getKey()) || target.getVersion() <= source.getVersion()) {
            throw new IllegalArgumentException("Migrate to a newer version of the same process");
        }
        Map<String, String> targets = activities(target.getId());
        Map<String, String> kept = new LinkedHashMap<>();
        manual.forEach((from, to) -> {
            if (to != null && !to.isBlank() && targets.containsKey(to)) {
                kept.put(from, to);
            }
        });
        List<String> planProblems = new ArrayList<>();
        MigrationPlan plan = plan(source.getId(), target.getId(), kept, planProblems);
        Map<String, String> mapping = new LinkedHashMap<>();
        if (plan != null) {
            plan.getInstructions().forEach(i -> mapping.put(i.getSourceActivityId(), i.getTargetActivityId()));
        } else {
            mapping.putAll(kept);
        }

        Map<String, Set<String>> waiting = waitingActivities(source.getId());
        Set<String> unmapped = new TreeSet<>();
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
        waiting.values().forEach(activities -> activities.stream().filter(a -> !mapping.containsKey(a))
                .forEach(a -> {
                    unmapped.add(a);
                    // The sub-processes around it need their counterpart too.
                    for (var scope = sourceModel.getModelElementById(a) == null ? null
                            : sourceModel.getModelElementById(a).getParentElement();
                         scope instanceof SubProcess sub;
                         scope = sub.getParentElement()) {
                        if (!mapping.containsKey(sub.getId())) {
                            unmapped.add(sub.getId());
                        }
                    }
                }));
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId,
                        p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));

        List<MigrationProposal.Instance> movable = new ArrayList<>();
        List<MigrationProposal.Instance> stuck = new ArrayList<>();
        PlanModels pair = plan == null ? null
                : new PlanModels(plan, sourceModel, repository.getBpmnModelInstance(target.getId()));
        for (var instance : waiting.entrySet()) {
            InstanceMigration.Trial trial = pair == null ? new InstanceMigration.Trial(List.of(), MigrationEffect.NONE)
                    : instances.trial(pair, instance.getKey());
            var entry = new MigrationProposal.Instance(instance.getKey(), businessKeys.get(instance.getKey()),
                    List.copyOf(instance.getValue()), trial.reasons(), trial.effect());
            (plan != null && trial.reasons().isEmpty() ? movable : stuck).add(entry);
        }
        return new MigrationProposal(models.version(source.getId(), actor), models.version(target.getId(), actor),
                mapping, List.copyOf(unmapped), targets, planProblems, movable, stuck);
    }

    /**
     * Migrates the instances that can move, each in a transaction of its own (the engine's migration and the removal
     * of the timers it would fire again), and records it. An instance that fails stays on its version and is named in
     * the outcome; the others move.
     *
     * @return what happened to each instance
     * @throws MigrationRefusedException when the plan is refused or no instance can move
     */
    public MigrationOutcome migrate(String sourceDefinitionId, String targetDefinitionId, Map<String, String> manual,
                                    Actor actor) {
        MigrationProposal proposal = propose(sourceDefinitionId, targetDefinitionId, manual, actor);
        if (!proposal.planValid() || proposal.movable().isEmpty()) {
            throw new MigrationRefusedException(proposal);
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>(manual);
        kept.keySet().retainAll(proposal.mapping().keySet());
        MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId, kept, problems);
        if (plan == null) {
            throw new MigrationRefusedException(proposal);
        }
        PlanModels pair = new PlanModels(plan, repository.getBpmnModelInstance(sourceDefinitionId),
                repository.getBpmnModelInstance(targetDefinitionId));
        List<MigrationOutcome.Moved> moved = new ArrayList<>();
        for (MigrationProposal.Instance instance : proposal.movable()) {
            try {
                MigrationEffect effect = instances.migrate(pair, instance.processInstanceId());
                moved.add(new MigrationOutcome.Moved(instance.businessKey(), effect, null));
            } catch (RuntimeException e) {
                log.warn("Migrating {} ({}) failed", instance.processInstanceId(), instance.businessKey(), e);
                moved.add(new MigrationOutcome.Moved(instance.businessKey(), MigrationEffect.NONE,
                        EngineText.readable(e.getMessage())));
            }
        }
        MigrationOutcome outcome = new MigrationOutcome(UUID.randomUUID().toString(), proposal.source(),
                proposal.target(), moved, proposal.stuck().stream().map(MigrationProposal.Instance::businessKey)
                .toList());
        // As a code with its figures: the audit page says it in the reader's language.
        ownTransaction.executeWithoutResult(status -> audit.record(AuditKind.INSTANCES_MIGRATED, actor.userId(),
                proposal.source().key(), null, outcome.auditReason(), outcome.id()));
        outcomes.keep(outcome);
        return outcome;
    }

    /**
     * What a migration did: in full while this application runs (the page right after it), as the audit log's
     * summary afterwards.
     */
    public MigrationOutcome outcome(String migrationId, Actor actor) {
        ProcessModels.requireModeller(actor);
        return outcomes.find(migrationId).orElseGet(() -> {
            var entry = audit.byReference(AuditKind.INSTANCES_MIGRATED, List.of(migrationId)).get(migrationId);
            if (entry == null) {
                throw new ModelNotFoundException(migrationId);
            }
            return MigrationOutcome.recorded(migrationId, entry.getReason() == null ? List.of()
                    : entry.getReason().arguments());
        });
    }

    /**
     * The plan: the activities the engine finds equal, each replaced by the coordinator's own mapping where the page
     * gives one (the page sends every row, equal ones too), built as one list of instructions.
     */
    private MigrationPlan plan(String source, String target, Map<String, String> manual, List<String> problems) {
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
    private Map<String, Set<String>> waitingActivities(String definitionId) {
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
    private Map<String, String> activities(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Map<String, String> activities = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof Activity || node instanceof CatchEvent) {
                activities.put(node.getId(), node.getName() == null ? node.getId() : node.getName());
            }
        }
        return activities;
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id)
                .singleResult();
        if (definition == null) {
            throw new ModelNotFoundException(id);
        }
        return definition;
    }
}
