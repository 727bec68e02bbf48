package be.actraject.bpmn.models;

import be.actraject.domain.access.Actor;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
    private final KeptModelStatistics statistics;
    private final InstanceMigration instances;
    private final TransactionTemplate ownTransaction;
    private final MigrationOutcomes outcomes = new MigrationOutcomes();
    private final MigrationPlans plans;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, ProcessModels models, AuditLog audit,
                      InstanceMigration instances, PlatformTransactionManager transactions,
                      KeptModelStatistics statistics) {
        this.statistics = statistics;
        this.repository = repository;
        this.runtime = runtime;
        this.models = models;
        this.audit = audit;
        this.instances = instances;
        this.plans = new MigrationPlans(runtime, repository);
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
        Map<String, String> targets = plans.activities(target.getId());
        Map<String, String> kept = new LinkedHashMap<>();
        manual.forEach((from, to) -> {
            if (to != null && !to.isBlank() && targets.containsKey(to)) {
                kept.put(from, to);
            }
        });
        List<String> planProblems = new ArrayList<>();
        MigrationPlan plan = plans.plan(source.getId(), target.getId(), kept, planProblems);
        Map<String, String> mapping = new LinkedHashMap<>();
        if (plan != null) {
            plan.getInstructions().forEach(i -> mapping.put(i.getSourceActivityId(), i.getTargetActivityId()));
        } else {
            mapping.putAll(kept);
        }
        Map<String, Set<String>> waiting = plans.waitingActivities(source.getId());
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
        Set<String> unmapped = MigrationPlans.unmapped(waiting, mapping, sourceModel);
        PlanModels pair = plan == null ? null
                : new PlanModels(plan, sourceModel, repository.getBpmnModelInstance(target.getId()));
        List<MigrationProposal.Instance> movable = new ArrayList<>();
        List<MigrationProposal.Instance> stuck = new ArrayList<>();
        tryEach(pair, waiting, businessKeys(source.getId()), movable, stuck);
        return new MigrationProposal(models.version(source.getId(), actor), models.version(target.getId(), actor),
                mapping, List.copyOf(unmapped), targets, planProblems, movable, stuck);
    }

    /**
     * Each waiting instance tried on the plan (none is movable without one), sorted into those that can move and
     * those that cannot.
     */
    private void tryEach(PlanModels pair, Map<String, Set<String>> waiting, Map<String, String> businessKeys,
                         List<MigrationProposal.Instance> movable, List<MigrationProposal.Instance> stuck) {
        for (var instance : waiting.entrySet()) {
            InstanceMigration.Trial trial = pair == null ? new InstanceMigration.Trial(List.of(), MigrationEffect.NONE)
                    : instances.trial(pair, instance.getKey());
            var entry = new MigrationProposal.Instance(instance.getKey(), businessKeys.get(instance.getKey()),
                    List.copyOf(instance.getValue()), trial.reasons(), trial.effect());
            (pair != null && trial.reasons().isEmpty() ? movable : stuck).add(entry);
        }
    }

    /** Per running instance of a version, its business key ("" when it has none). */
    private Map<String, String> businessKeys(String definitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId,
                        p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
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
        MigrationPlan plan = plans.plan(sourceDefinitionId, targetDefinitionId, kept, problems);
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
        // Each instance moved in its own transaction, all committed by now: the model list counts them afresh.
        statistics.forget();
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

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id)
                .singleResult();
        if (definition == null) {
            throw new ModelNotFoundException(id);
        }
        return definition;
    }
}
