package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Claiming a task and handing it back. */
@Service
public class TaskClaims {

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final TaskRouting routing;
    private final Caseload caseload;
    private final TrajectoryProgress progress;
    private final LearningGroups groups;

    public TaskClaims(TaskService tasks, TaskLookup lookup, TaskRouting routing, Caseload caseload,
                      TrajectoryProgress progress, LearningGroups groups) {
        this.groups = groups;
        this.tasks = tasks;
        this.lookup = lookup;
        this.routing = routing;
        this.caseload = caseload;
        this.progress = progress;
    }

    /**
     * Claims the task for the actor. A coach who claims a task of a candidate without a coach becomes that
     * candidate's coach, in the same transaction, and the candidate's other open tasks follow.
     *
     * @throws TaskClaimedByOtherException when a colleague holds it, also when they claimed it a moment ago
     */
    @Transactional
    public void claim(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        if (actor.userId().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new TaskClaimedByOtherException(taskId, task.getAssignee());
        }
        if (!lookup.isCandidate(task, actor)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        String businessKey = lookup.businessKeyOf(task);
        Optional<Long> trajectoryId = BusinessKeys.trajectoryOf(businessKey);
        trajectoryId.ifPresent(id -> caseload.trajectory(id, actor));
        BusinessKeys.sessionOf(businessKey).ifPresent(sessionId -> requireLeads(sessionId, actor, taskId));
        boolean fromPool = routing.isPoolTask(task);
        try {
            tasks.claim(taskId, actor.userId());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new TaskClaimedByOtherException(taskId, e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            throw new TaskClaimedByOtherException(taskId, null);
        }
        if (fromPool && actor.has(Role.COACH) && trajectoryId.isPresent()
                && progress.takeOver(trajectoryId.get(), actor.userId())) {
            routing.assignOpenTasksToCoach(trajectoryId.get(), actor.userId());
        }
    }

    private void requireLeads(long sessionId, Actor actor, String taskId) {
        String coach = groups.session(sessionId).getGroup().getCoach();
        if (!actor.userId().equals(coach) && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
    }

    /** Hands a task back to its candidates. Only its holder, or a coordinator, may. */
    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(actor.userId()) && !actor.has(Role.COORDINATOR)) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        tasks.setAssignee(taskId, null);
    }
}
