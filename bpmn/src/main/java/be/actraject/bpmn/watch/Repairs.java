package be.actraject.bpmn.watch;

import be.actraject.bpmn.task.DecisionVariables;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
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
    private final TrajectoryProgress progress;
    private final Timeline timeline;
    private final KeptLooks looks;
    private final Clock clock;

    Repairs(ManagementService management, TaskService tasks, RuntimeService runtime,
            RepositoryService repository, IdentityService identity, AuditLog audit,
            TrajectoryProgress progress, Timeline timeline, KeptLooks looks, Clock clock) {
        this.looks = looks;
        this.progress = progress;
        this.timeline = timeline;
        this.clock = clock;
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
        recorded(AuditKind.JOB_RETRIED, actor.userId(), job.getProcessInstanceId(), reason.strip(), jobId);
    }

    /** @return how many failed jobs are retried */
    @Transactional
    public int retryAllFailed(String reason, Actor actor) {
        require(actor, reason);
        List<Job> failed = management.createJobQuery().noRetriesLeft().list();
        failed.forEach(j -> management.setJobRetries(j.getId(), 1));
        recorded(AuditKind.JOB_RETRIED, actor.userId(), "all", failed.size() + " jobs: " + reason.strip(), null);
        return failed.size();
    }

    @Transactional
    public void unclaim(String taskId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        tasks.setAssignee(taskId, null);
        recorded(AuditKind.TASK_UNCLAIMED, actor.userId(), task.getTaskDefinitionKey(),
                task.getAssignee() + ": " + reason.strip(), taskId);
        onTrajectoryOf(task.getProcessInstanceId(), actor, "unclaimed " + task.getTaskDefinitionKey());
    }

    @Transactional
    public void reassign(String taskId, String userId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_SUCH_USER);
        }
        tasks.setAssignee(taskId, userId);
        recorded(AuditKind.TASK_REASSIGNED, actor.userId(), task.getTaskDefinitionKey(),
                task.getAssignee() + " → " + userId + ": " + reason.strip(), taskId);
        onTrajectoryOf(task.getProcessInstanceId(), actor, "assigned " + task.getTaskDefinitionKey() + " to " + userId);
    }

    /** The coordinators may take the task too; it is no longer on anyone's name. */
    @Transactional
    public void escalate(String taskId, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        tasks.addCandidateGroup(taskId, Role.COORDINATOR.groupId());
        tasks.setAssignee(taskId, null);
        recorded(AuditKind.TASK_ESCALATED, actor.userId(), task.getTaskDefinitionKey(), reason.strip(), taskId);
        onTrajectoryOf(task.getProcessInstanceId(), actor, "escalated " + task.getTaskDefinitionKey());
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
        recorded(AuditKind.TOKEN_MOVED, actor.userId(), instance.getBusinessKey() == null ? processInstanceId
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
        onTrajectoryOf(job.getProcessInstanceId(), actor, "fired a timer");
        if (job.isSuspended()) {
            // A suspended instance would not run it: resumed first.
            runtime.activateProcessInstanceById(job.getProcessInstanceId());
        }
        management.executeJob(jobId);
        recorded(AuditKind.TIMER_FIRED, actor.userId(), job.getProcessInstanceId(), reason.strip(), jobId);
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
        recorded(AuditKind.INSTANCE_CANCELLED, actor.userId(), instance.getBusinessKey() == null
                ? processInstanceId : instance.getBusinessKey(), reason.strip(), processInstanceId);
    }

    /**
     * Ends a trajectory with its exit registration. Running on the engine, it is stopped there and its exit
     * registration completed with this exit and reason — the model records the exit in the dossier and starts the
     * aftercare as it always does; lost by the engine, it is ended in the dossier directly.
     */
    @Transactional
    public void endTrajectory(long trajectoryId, ExitType exit, String reason, Actor actor) {
        require(actor, reason);
        if (exit == null) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_EXIT);
        }
        String key = Long.toString(trajectoryId);
        if (!progress.isActive(trajectoryId)) {
            throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
        }
        boolean running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.TRAJECTORY).processInstanceBusinessKey(key)
                .count() > 0;
        if (running) {
            timeline.record(trajectoryId, TimelineKind.STOP_REQUESTED, actor.userId(),
                    null);
            runtime.createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                    .processInstanceBusinessKey(key).correlate();
            Task registration = tasks.createTaskQuery().processInstanceBusinessKey(key)
                    .taskDefinitionKey(UserTask.EXIT_REGISTRATION.key()).singleResult();
            if (registration == null) {
                throw new RepairRefusedException(RepairRefusedException.Reason.CHANGED);
            }
            tasks.complete(registration.getId(),
                    DecisionVariables.exitRegistration(exit, reason.strip()));
        } else {
            progress.end(trajectoryId, exit, reason.strip());
        }
        recorded(AuditKind.TRAJECTORY_ENDED, actor.userId(), key, exit + ": " + reason.strip(), key);
    }

    /** An overdue task given a new due date (today or later). */
    @Transactional
    public void postpone(String taskId, LocalDate due, String reason, Actor actor) {
        Task task = openTask(taskId, actor, reason);
        if (due == null || due.isBefore(LocalDate.now(clock))) {
            throw new RepairRefusedException(RepairRefusedException.Reason.NO_DUE_DATE);
        }
        task.setDueDate(Date.from(due.atTime(23, 59).atZone(clock.getZone()).toInstant()));
        tasks.saveTask(task);
        recorded(AuditKind.TASK_POSTPONED, actor.userId(), task.getTaskDefinitionKey(),
                due + ": " + reason.strip(), taskId);
        onTrajectoryOf(task.getProcessInstanceId(), actor, "postponed " + task.getTaskDefinitionKey());
    }

    /** A repair shows in its trajectory's timeline: something happened in it. */
    private void onTrajectoryOf(String processInstanceId, Actor actor, String what) {
        ProcessInstance instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance != null && instance.getBusinessKey() != null) {
            BusinessKeys.trajectoryOf(instance.getBusinessKey()).ifPresent(id -> {
                if (progress.exists(id)) {
                    timeline.record(id, TimelineKind.REPAIRED, actor.userId(), what);
                }
            });
        }
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

    /** The repair in the audit log; the watch's kept looks forgotten once it commits. */
    private void recorded(AuditKind kind, String actor, String subject, String detail, String reference) {
        audit.record(kind, actor, subject, detail, reference);
        looks.forget();
    }
}
