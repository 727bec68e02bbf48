package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The administrators' repairs, each with a reason, each written to the audit log in its own transaction: retry a
 * failed job (one, or every failed job), hand a task back or to someone else, escalate it to the coordinators, move an
 * instance's token to another activity, fire a timer that did not, cancel an instance whose trajectory is gone, end a
 * trajectory the engine lost. Something that changed meanwhile is refused, nothing changed.
 */
@Service
public class Repairs {

    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final AuditLog audit;
    private final be.actraject.domain.trajectory.TrajectoryProgress progress;

    public Repairs(ManagementService management, TaskService tasks, RuntimeService runtime,
                   RepositoryService repository, IdentityService identity, AuditLog audit,
                   be.actraject.domain.trajectory.TrajectoryProgress progress) {
        this.progress = progress;
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.audit = audit;
    }

    @Transactional
    public void retryJob(String jobId, String reason, Actor actor) {
        require(actor, reason);
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null || job.getRetries() > 0) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        management.setJobRetries(jobId, 1);
        audit.record(AuditKind.JOB_RETRIED, actor.userId(), job.getProcessInstanceId(), reason.strip(), jobId);
    }

    /** @return how many failed jobs are retried */
    @Transactional
    public int retryAllFailed(String reason, Actor actor) {
        require(actor, reason);
        List<Job> failed = management.createJobQuery().noRetriesLeft().list();
        failed.forEach(j -> management.setJobRetries(j.getId(), 1));
        audit.record(AuditKind.JOB_RETRIED, actor.userId(), "all", failed.size() + " jobs: " + reason.strip(), null);
        return failed.size();
    }

    @Transactional
    public void unclaim(String taskId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        tasks.setAssignee(taskId, null);
        audit.record(AuditKind.TASK_UNCLAIMED, actor.userId(), task.getTaskDefinitionKey(),
                task.getAssignee() + ": " + reason.strip(), taskId);
    }

    @Transactional
    public void reassign(String taskId, String userId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_SUCH_USER);
        }
        tasks.setAssignee(taskId, userId);
        audit.record(AuditKind.TASK_REASSIGNED, actor.userId(), task.getTaskDefinitionKey(),
                task.getAssignee() + " → " + userId + ": " + reason.strip(), taskId);
    }

    /** The coordinators may take the task too; it is no longer on anyone's name. */
    @Transactional
    public void escalate(String taskId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        tasks.addCandidateGroup(taskId, Role.COORDINATOR.groupId());
        tasks.setAssignee(taskId, null);
        audit.record(AuditKind.TASK_ESCALATED, actor.userId(), task.getTaskDefinitionKey(), reason.strip(), taskId);
    }

    /** Process instance modification: the tokens at one activity cancelled, one started before another. */
    @Transactional
    public void moveToken(String processInstanceId, String fromActivityId, String toActivityId, String reason,
                          Actor actor) {
        require(actor, reason);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null || runtime.getActiveActivityIds(processInstanceId).stream()
                .noneMatch(a -> a.equals(fromActivityId))) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        if (toActivityId == null || repository.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementById(toActivityId) == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_SUCH_ACTIVITY);
        }
        runtime.createProcessInstanceModification(processInstanceId)
                .cancelAllForActivity(fromActivityId)
                .startBeforeActivity(toActivityId)
                .execute();
        audit.record(AuditKind.TOKEN_MOVED, actor.userId(), instance.getBusinessKey() == null ? processInstanceId
                : instance.getBusinessKey(), fromActivityId + " → " + toActivityId + ": " + reason.strip(),
                processInstanceId);
    }

    /** A timer past due that did not fire: fired now. */
    @Transactional
    public void fireTimer(String jobId, String reason, Actor actor) {
        require(actor, reason);
        Job job = management.createJobQuery().jobId(jobId).timers().singleResult();
        if (job == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        management.executeJob(jobId);
        audit.record(AuditKind.TIMER_FIRED, actor.userId(), job.getProcessInstanceId(), reason.strip(), jobId);
    }

    /**
     * A process instance that should not run — its trajectory ended or is gone — cancelled, with everything it still
     * waited for.
     */
    @Transactional
    public void cancelInstance(String processInstanceId, String reason, Actor actor) {
        require(actor, reason);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        runtime.deleteProcessInstance(processInstanceId, "Cancelled by " + actor.userId() + ": " + reason.strip());
        audit.record(AuditKind.INSTANCE_CANCELLED, actor.userId(), instance.getBusinessKey() == null
                ? processInstanceId : instance.getBusinessKey(), reason.strip(), processInstanceId);
    }

    /**
     * A trajectory the engine lost (no process), ended in the dossier with its exit registration: the exit type and
     * the reason, as the exit task would record them.
     */
    @Transactional
    public void endTrajectory(long trajectoryId, be.actraject.workflow.ExitType exit, String reason, Actor actor) {
        require(actor, reason);
        if (exit == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_EXIT);
        }
        String key = Long.toString(trajectoryId);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(be.actraject.workflow.ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(key).count() > 0) {
            // It still runs on the engine: stopping it there is the coach's or coordinator's stop, not a repair.
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        try {
            progress.end(trajectoryId, exit, reason.strip());
        } catch (RuntimeException e) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        audit.record(AuditKind.TRAJECTORY_ENDED, actor.userId(), key, exit + ": " + reason.strip(), key);
    }

    private Task openTask(String taskId, Actor actor, String reason) {
        require(actor, reason);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        return task;
    }

    private static void require(Actor actor, String reason) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "repair trajectories");
        }
        if (reason == null || reason.isBlank()) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_REASON);
        }
    }
}
