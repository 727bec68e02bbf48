package be.actraject.bpmn.models;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Migrating one process instance, for real or as a trial: the engine's migration, then the removal of the timers it
 * armed again for events that already happened ({@link RefiredTimers}), in one transaction — committed, or rolled back
 * for the dry run, which so finds exactly what the real migration will do.
 */
@Component
class InstanceMigration {

    private static final Logger log = LoggerFactory.getLogger(InstanceMigration.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final TaskService tasks;
    private final TransactionTemplate ownTransaction;

    InstanceMigration(RuntimeService runtime, ManagementService management, HistoryService history,
                      TaskService tasks, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.tasks = tasks;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The engine's verdict on one instance and what migrating it does. */
    record Trial(List<String> reasons, MigrationEffect effect) {
    }

    /** Migrates the instance in a transaction of its own, committed. */
    MigrationEffect migrate(PlanModels pair, String processInstanceId) {
        return ownTransaction.execute(status -> migrateOne(pair, processInstanceId));
    }

    /**
     * The engine's reasons this instance cannot move, or what moving it does: found by migrating it in a transaction
     * that rolls back.
     */
    Trial trial(PlanModels pair, String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        List<MigrationEffect> effect = new ArrayList<>(List.of(MigrationEffect.NONE));
        ownTransaction.executeWithoutResult(status -> {
            try {
                // An instance that cannot move is the plan's answer, not a server error: no ENGINE-16004 lines.
                effect.set(0, TrialParseLogging.quietly(() -> migrateOne(pair, processInstanceId)));
            } catch (MigratingProcessInstanceValidationException e) {
                e.getValidationReport().getFailures().forEach(f -> reasons.add(EngineText.readable(f)));
                e.getValidationReport().getActivityInstanceReports().forEach(r -> r.getFailures()
                        .forEach(f -> reasons.add(r.getSourceScopeId() + ": " + EngineText.readable(f))));
                e.getValidationReport().getTransitionInstanceReports().forEach(r -> r.getFailures()
                        .forEach(f -> reasons.add(r.getSourceScopeId() + ": " + EngineText.readable(f))));
            } catch (DuplicateWorkException e) {
                reasons.addAll(e.duplicates());
            } catch (RuntimeException e) {
                log.info("Trying the migration of {} failed", processInstanceId, e);
                reasons.add(EngineText.readable(e.getMessage()));
            }
            status.setRollbackOnly();
        });
        return new Trial(reasons, effect.get(0));
    }

    /**
     * Migrates one instance in the current transaction and removes the timers the engine re-created for events that
     * already fired; refuses, and so rolls back, when that would still leave two timers or tasks for one event.
     */
    private MigrationEffect migrateOne(PlanModels pair, String processInstanceId) {
        InstanceWork before = InstanceWork.of(processInstanceId, management, tasks);
        runtime.newMigration(pair.plan()).processInstanceIds(processInstanceId).execute();
        InstanceWork after = InstanceWork.of(processInstanceId, management, tasks);
        List<InstanceWork.Timer> created = after.timers().values().stream()
                .filter(t -> !before.timers().containsKey(t.id())).toList();
        List<InstanceWork.Timer> suppressed = RefiredTimers.remove(processInstanceId, created, pair.sourceOf(),
                pair.source(), pair.target(), history, management);
        InstanceWork settled = suppressed.isEmpty() ? after : InstanceWork.of(processInstanceId, management, tasks);
        List<String> duplicates = MigrationEffects.duplicates(settled, pair.target());
        if (!duplicates.isEmpty()) {
            throw new DuplicateWorkException(duplicates);
        }
        return MigrationEffects.between(before, settled, suppressed, pair.source(), pair.target());
    }
}
