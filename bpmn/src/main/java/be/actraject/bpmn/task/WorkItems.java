package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.BusinessKeys;
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
import java.util.Optional;

/**
 * Reads open tasks with what they are about. A worklist costs the same few statements whatever its length: one
 * query per list, one for the process instances' business keys, one for the trajectories with their candidates,
 * one for the sessions.
 */
@Service
@Transactional(readOnly = true)
public class WorkItems {

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final Caseload caseload;
    private final LearningGroups groups;
    private final Clock clock;

    public WorkItems(TaskService tasks, TaskLookup lookup, Caseload caseload, LearningGroups groups, Clock clock) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.caseload = caseload;
        this.groups = groups;
        this.clock = clock;
    }

    public Worklist worklist(Actor actor) {
        List<Task> mine = ordered(tasks.createTaskQuery().taskAssignee(actor.userId())).list();
        List<Task> claimable = ordered(tasks.createTaskQuery().taskCandidateUser(actor.userId())).list();
        List<Task> all = new ArrayList<>(mine);
        all.addAll(claimable);
        Subjects subjects = subjectsOf(all);
        return new Worklist(subjects.items(mine, actor), subjects.items(claimable, actor));
    }

    /**
     * One open task, for its screen. The holder, its candidates and coordinators may look at it; its candidate must
     * be in the actor's caseload, or its session's group led by the actor.
     */
    public WorkItem find(String taskId, Actor actor) {
        Task task = lookup.requireOpen(taskId);
        boolean mayLook = task.getAssignee() != null
                ? task.getAssignee().equals(actor.userId()) || actor.has(Role.COORDINATOR)
                : lookup.isCandidate(task, actor) || actor.has(Role.COORDINATOR);
        if (!mayLook) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        String key = lookup.businessKeyOf(task);
        Optional<Long> session = BusinessKeys.sessionOf(key);
        if (session.isPresent()) {
            CollectiveSession s = groups.session(session.get());
            if (!actor.has(Role.COORDINATOR) && !actor.userId().equals(s.getGroup().getCoach())) {
                throw new NotYourTaskException(taskId, actor.userId());
            }
            return sessionItem(task, s);
        }
        Trajectory trajectory = caseload.trajectory(BusinessKeys.trajectoryOf(key)
                .orElseThrow(() -> new TaskNotFoundException(taskId)), actor);
        return item(task, trajectory);
    }

    /** The open tasks of one trajectory (its dossier shows them), for an actor who may see the trajectory. */
    public List<WorkItem> openFor(long trajectoryId, Actor actor) {
        Trajectory trajectory = caseload.trajectory(trajectoryId, actor);
        return ordered(tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId)))
                .list().stream().map(t -> item(t, trajectory)).toList();
    }

    /** Who holds the task now, for telling someone who lost a claim; null when nobody does. */
    public String holderOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    private static TaskQuery ordered(TaskQuery query) {
        return query.active().orderByTaskCreateTime().asc();
    }

    private Subjects subjectsOf(Collection<Task> someTasks) {
        Map<String, String> keys = lookup.businessKeysOf(someTasks);
        List<Long> trajectoryIds = keys.values().stream().flatMap(k -> BusinessKeys.trajectoryOf(k).stream())
                .distinct().toList();
        List<Long> sessionIds = keys.values().stream().flatMap(k -> BusinessKeys.sessionOf(k).stream())
                .distinct().toList();
        return new Subjects(keys, caseload.byIds(trajectoryIds), groups.sessionsByIds(sessionIds));
    }

    /** What the tasks of one list are about, loaded once for the whole list. */
    private final class Subjects {
        private final Map<String, String> keys;
        private final Map<Long, Trajectory> trajectories;
        private final Map<Long, CollectiveSession> sessions;

        Subjects(Map<String, String> keys, Map<Long, Trajectory> trajectories,
                 Map<Long, CollectiveSession> sessions) {
            this.keys = keys;
            this.trajectories = trajectories;
            this.sessions = sessions;
        }

        List<WorkItem> items(Collection<Task> someTasks, Actor actor) {
            List<WorkItem> result = new ArrayList<>();
            for (Task task : someTasks) {
                String key = keys.get(task.getProcessInstanceId());
                Trajectory trajectory = BusinessKeys.trajectoryOf(key).map(trajectories::get).orElse(null);
                CollectiveSession session = BusinessKeys.sessionOf(key).map(sessions::get).orElse(null);
                // A task whose trajectory or session is gone is an inconsistency for the administrators.
                if (trajectory != null && caseload.maySee(actor, trajectory)) {
                    result.add(item(task, trajectory));
                } else if (session != null) {
                    result.add(sessionItem(task, session));
                }
            }
            return result;
        }
    }

    private WorkItem item(Task task, Trajectory trajectory) {
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), trajectory.getCandidate().fullName(), trajectory.getId(),
                trajectory.getCandidate().getId(), null, trajectory.getPhase(),
                trajectory.daysInPhase(LocalDate.now(clock)), !trajectory.isActive());
    }

    private WorkItem sessionItem(Task task, CollectiveSession session) {
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), session.getGroup().getName(), null, null, session.getId(), null, 0, false);
    }
}
