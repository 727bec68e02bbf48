package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads open tasks with their candidates. A worklist costs the same few statements whatever its length: one
 * query per list, one for the process instances' business keys, one for the trajectories with their candidates.
 */
@Service
@Transactional(readOnly = true)
public class WorkItems {

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final Caseload caseload;
    private final Clock clock;

    public WorkItems(TaskService tasks, TaskLookup lookup, Caseload caseload, Clock clock) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.caseload = caseload;
        this.clock = clock;
    }

    public Worklist worklist(Actor actor) {
        List<Task> mine = ordered(tasks.createTaskQuery().taskAssignee(actor.userId())).list();
        List<Task> claimable = ordered(tasks.createTaskQuery().taskCandidateUser(actor.userId())).list();
        List<Task> all = new ArrayList<>(mine);
        all.addAll(claimable);
        Map<String, Long> trajectoryByInstance = lookup.trajectoriesOf(all);
        Map<Long, Trajectory> trajectories = caseload.byIds(trajectoryByInstance.values());
        return new Worklist(items(mine, trajectoryByInstance, trajectories, actor),
                items(claimable, trajectoryByInstance, trajectories, actor));
    }

    /**
     * One open task, for its screen. The holder, its candidates and coordinators may look at it; the candidate must
     * be in the actor's caseload.
     */
    public WorkItem find(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        boolean mayLook = task.getAssignee() != null
                ? task.getAssignee().equals(actor.userId()) || actor.has(Role.COORDINATOR)
                : lookup.isCandidate(task, actor) || actor.has(Role.COORDINATOR);
        if (!mayLook) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        long trajectoryId = lookup.trajectoryOf(task);
        Trajectory trajectory = caseload.trajectory(trajectoryId, actor);
        return item(task, trajectory);
    }

    /** The open tasks of one trajectory (its dossier shows them), for an actor who may see the trajectory. */
    public List<WorkItem> openFor(long trajectoryId, Actor actor) {
        Trajectory trajectory = caseload.trajectory(trajectoryId, actor);
        return ordered(tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectoryId))).list()
                .stream().map(t -> item(t, trajectory)).toList();
    }

    /** Who holds the task now, for telling someone who lost a claim; null when nobody does. */
    public String holderOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    private static TaskQuery ordered(TaskQuery query) {
        return query.active().orderByTaskCreateTime().asc();
    }

    private List<WorkItem> items(Collection<Task> someTasks, Map<String, Long> trajectoryByInstance,
                                 Map<Long, Trajectory> trajectories, Actor actor) {
        List<WorkItem> result = new ArrayList<>();
        for (Task task : someTasks) {
            Long trajectoryId = trajectoryByInstance.get(task.getProcessInstanceId());
            Trajectory trajectory = trajectoryId == null ? null : trajectories.get(trajectoryId);
            // A task whose trajectory is gone is an inconsistency for the administrators, not a row to work on.
            if (trajectory != null && caseload.maySee(actor, trajectory)) {
                result.add(item(task, trajectory));
            }
        }
        return result;
    }

    private WorkItem item(Task task, Trajectory trajectory) {
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), trajectory.getId(), trajectory.getCandidate().getId(),
                trajectory.getCandidate().fullName(), trajectory.getPhase(),
                trajectory.daysInPhase(LocalDate.now(clock)));
    }
}
