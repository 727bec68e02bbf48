package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.EntryDateCorrections;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.TimeLimit;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/**
 * A coordinator corrects a candidate's date of entry ({@link EntryDateCorrections}); the engine's timers of the
 * phases 1–3 limit, whose dates the model took from the dossier when it reached them ({@link LimitTimers}), get the
 * moved dates in the same transaction, and so does the due date of an open warning task. A timer that has already
 * fired stays fired: its task is there, and the coordinator decides at the limit as always.
 */
@Service
public class EntryDateChange {

    private final EntryDateCorrections corrections;
    private final TrajectoryParameters parameters;
    private final LimitTimers limits;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    public EntryDateChange(EntryDateCorrections corrections, TrajectoryParameters parameters, LimitTimers limits,
                           RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.corrections = corrections;
        this.parameters = parameters;
        this.limits = limits;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * @return the phases 1–3 limit's new last day; empty when its clock had not started
     * @throws be.actraject.domain.trajectory.EntryDateOutsideWindowException outside the plausible window
     * @throws CorrectionRefusedException as {@link EntryDateCorrections#correct}; {@code CHANGED} also when a limit
     *                                     timer or its warning task changed meanwhile
     */
    @Transactional
    public Optional<LocalDate> correct(long trajectoryId, LocalDate day, String reason, Actor actor) {
        Optional<LocalDate> lastDay = corrections.correct(trajectoryId, day, reason,
                parameters.limitLength(TimeLimit.PRE_INVOICING), actor);
        if (lastDay.isPresent()) {
            try {
                moveTimers(trajectoryId);
            } catch (OptimisticLockingException e) {
                // A limit timer fired or its warning task changed meanwhile: nothing is saved, the form says so.
                throw new CorrectionRefusedException(CorrectionRefusedException.Reason.CHANGED);
            }
        }
        return lastDay;
    }

    private void moveTimers(long trajectoryId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId)).singleResult();
        if (instance == null) {
            return;
        }
        String limit = TimeLimit.PRE_INVOICING.name();
        Date warningAt = limits.warningAt(trajectoryId, limit);
        Date limitAt = limits.limitAt(trajectoryId, limit);
        move(instance, TrajectoryElements.PRE_INVOICING_WARNING, warningAt);
        move(instance, TrajectoryElements.PRE_INVOICING_LIMIT, limitAt);
        move(instance, TrajectoryElements.PRE_INVOICING_EXTENDED_LIMIT, limitAt);
        for (Task warning : tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(UserTask.PRE_INVOICING_LIMIT_WARNING.key()).list()) {
            warning.setDueDate(limitAt);
            tasks.saveTask(warning);
        }
    }

    private void move(ProcessInstance instance, String activityId, Date dueAt) {
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(activityId).list()) {
            management.setJobDuedate(timer.getId(), dueAt);
        }
    }
}
