package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * One page of a worklist. The person's tasks and the claimable ones are two engine queries, a coordinator's
     * "all" replaces the first; the trajectories, candidates and sessions of all of them are read once. Filters,
     * counts, order and paging then work on that in memory: the caseload rule spans engine and domain tables, so
     * no single query can apply it, and an open worklist is hundreds of tasks, not millions.
     */
    public Worklist worklist(WorklistQuery query, Actor actor) {
        boolean seesAll = actor.has(Role.COORDINATOR);
        if (query.scope() == WorklistScope.ALL && !seesAll) {
            throw new NotPermittedException(actor.userId(), "see every open task");
        }
        Map<WorklistScope, List<WorkItem>> scopes = scopes(actor);
        Map<WorklistScope, Integer> scopeCounts = new EnumMap<>(WorklistScope.class);
        scopes.forEach((scope, items) -> scopeCounts.put(scope, items.size()));

        Instant now = clock.instant();
        List<WorkItem> inScope = scopes.get(query.scope());
        Map<String, Integer> stageCounts = countBy(inScope, i -> query.matchesTask(i) && query.matchesCandidate(i)
                && query.matchesCoach(i) && overdueFilter(query, i, now), WorkItem::stage);
        Map<String, Integer> taskCounts = countBy(inScope, i -> query.matchesStage(i) && query.matchesCandidate(i)
                && query.matchesCoach(i) && overdueFilter(query, i, now), WorkItem::taskKey);
        Map<String, Integer> coachCounts = countBy(inScope, i -> query.matchesStage(i) && query.matchesTask(i)
                && query.matchesCandidate(i) && overdueFilter(query, i, now), WorkItem::coach);
        int overdueCount = (int) inScope.stream().filter(i -> query.matchesStage(i) && query.matchesTask(i)
                && query.matchesCandidate(i) && query.matchesCoach(i) && i.isOverdue(now)).count();

        List<WorkItem> filtered = inScope.stream()
                .filter(i -> query.matchesStage(i) && query.matchesTask(i) && query.matchesCandidate(i)
                        && query.matchesCoach(i) && overdueFilter(query, i, now))
                .sorted(order(query.sort()))
                .toList();
        // A page beyond the last (the list shrank since the link was made) shows the last one.
        int lastPage = Math.max(0, (filtered.size() - 1) / query.size());
        WorklistQuery shown = query.page() <= lastPage ? query : new WorklistQuery(query.scope(), query.stage(),
                query.taskKey(), query.candidate(), query.coach(), query.overdue(), query.sort(), lastPage,
                query.size());
        int from = shown.page() * shown.size();
        int to = Math.min(from + shown.size(), filtered.size());
        return new Worklist(shown, filtered.subList(from, to), filtered.size(), scopeCounts, stageCounts,
                taskCounts, coachCounts, overdueCount);
    }

    /** Every task in one scope, unfiltered and unpaged, in the order they were created. */
    public List<WorkItem> everything(WorklistScope scope, Actor actor) {
        return scopes(actor).getOrDefault(scope, List.of());
    }

    /** The tasks the actor holds and those they may claim. */
    public List<WorkItem> openTo(Actor actor) {
        Map<WorklistScope, List<WorkItem>> scopes = scopes(actor);
        List<WorkItem> result = new ArrayList<>(scopes.get(WorklistScope.MINE));
        result.addAll(scopes.get(WorklistScope.CLAIMABLE));
        return result;
    }

    private Map<WorklistScope, List<WorkItem>> scopes(Actor actor) {
        boolean seesAll = actor.has(Role.COORDINATOR);
        List<Task> claimableTasks = ordered(tasks.createTaskQuery().taskCandidateUser(actor.userId())).list();
        List<Task> allTasks = seesAll
                ? ordered(tasks.createTaskQuery()).list()
                : ordered(tasks.createTaskQuery().taskAssignee(actor.userId())).list();
        Map<String, Task> union = new LinkedHashMap<>();
        allTasks.forEach(t -> union.put(t.getId(), t));
        claimableTasks.forEach(t -> union.put(t.getId(), t));
        Subjects subjects = subjectsOf(union.values(), actor);

        List<WorkItem> all = subjects.items(allTasks);
        Map<WorklistScope, List<WorkItem>> scopes = new EnumMap<>(WorklistScope.class);
        scopes.put(WorklistScope.MINE, all.stream().filter(i -> i.isAssignedTo(actor.userId())).toList());
        scopes.put(WorklistScope.CLAIMABLE, subjects.items(claimableTasks));
        if (seesAll) {
            scopes.put(WorklistScope.ALL, all);
        }
        return scopes;
    }

    private static boolean overdueFilter(WorklistQuery query, WorkItem item, Instant now) {
        return !query.overdue() || item.isOverdue(now);
    }

    private static Map<String, Integer> countBy(List<WorkItem> items, Predicate<WorkItem> filter,
                                                Function<WorkItem, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        items.stream().filter(filter).map(key).filter(Objects::nonNull)
                .forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts;
    }

    private static Comparator<WorkItem> order(WorklistSort sort) {
        Comparator<WorkItem> byAge = Comparator.comparing(WorkItem::created).thenComparing(WorkItem::taskId);
        return sort == WorklistSort.AGE ? byAge
                : Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(byAge);
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

    /**
     * Which of the trajectory's open tasks the actor may open — what {@link #find} would not refuse: every one for a
     * coordinator; otherwise those they hold and the unheld ones offered to them or their roles. One query; the
     * dossier links only these (another's or a coordinator's task is named, not linked to a refusal).
     */
    public Set<String> openableFor(long trajectoryId, Actor actor) {
        TaskQuery query = tasks.createTaskQuery().active()
                .processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId));
        if (!actor.has(Role.COORDINATOR)) {
            String[] groups = actor.roles().stream().map(Role::groupId).toArray(String[]::new);
            query = query.or().taskAssignee(actor.userId()).taskCandidateUser(actor.userId())
                    .taskCandidateGroupIn(java.util.Arrays.asList(groups)).endOr();
        }
        return query.list().stream().map(Task::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Who holds the task now, for telling someone who lost a claim; null when nobody does. */
    public String holderOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    private static TaskQuery ordered(TaskQuery query) {
        return query.active().orderByTaskCreateTime().asc();
    }

    private Subjects subjectsOf(Collection<Task> someTasks, Actor actor) {
        Map<String, String> keys = lookup.businessKeysOf(someTasks);
        List<Long> trajectoryIds = keys.values().stream().flatMap(k -> BusinessKeys.trajectoryOf(k).stream())
                .distinct().toList();
        List<Long> sessionIds = keys.values().stream().flatMap(k -> BusinessKeys.sessionOf(k).stream())
                .distinct().toList();
        return new Subjects(keys, caseload.byIds(trajectoryIds), groups.sessionsByIds(sessionIds),
                caseload.visibility(actor), actor);
    }

    /** What the tasks of one list are about, loaded once for the whole list. */
    private final class Subjects {
        private final Map<String, String> keys;
        private final Map<Long, Trajectory> trajectories;
        private final Map<Long, CollectiveSession> sessions;
        private final Predicate<Trajectory> visible;
        private final Actor actor;

        Subjects(Map<String, String> keys, Map<Long, Trajectory> trajectories,
                 Map<Long, CollectiveSession> sessions, Predicate<Trajectory> visible, Actor actor) {
            this.keys = keys;
            this.trajectories = trajectories;
            this.sessions = sessions;
            this.visible = visible;
            this.actor = actor;
        }

        /**
         * The tasks as work items, leaving out those the actor may not see: a candidate outside their caseload, a
         * session of a group another coach leads. A task they hold is always theirs to see.
         */
        List<WorkItem> items(Collection<Task> someTasks) {
            List<WorkItem> result = new ArrayList<>();
            for (Task task : someTasks) {
                String key = keys.get(task.getProcessInstanceId());
                Trajectory trajectory = BusinessKeys.trajectoryOf(key).map(trajectories::get).orElse(null);
                CollectiveSession session = BusinessKeys.sessionOf(key).map(sessions::get).orElse(null);
                // A task whose trajectory or session is gone is an inconsistency for the administrators.
                boolean holds = actor.userId().equals(task.getAssignee());
                if (trajectory != null && (holds || visible.test(trajectory))) {
                    result.add(item(task, trajectory));
                } else if (session != null && (holds || actor.has(Role.COORDINATOR)
                        || actor.userId().equals(session.getGroup().getCoach()))) {
                    result.add(sessionItem(task, session));
                }
            }
            return result;
        }
    }

    private WorkItem item(Task task, Trajectory trajectory) {
        LocalDate today = LocalDate.now(clock);
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(),
                trajectory.getCandidate().fullName(), trajectory.getId(), trajectory.getCandidate().getId(), null,
                trajectory.getPhase(), trajectory.daysInPhase(today), trajectory.daysLeft(today),
                !trajectory.isActive(), trajectory.getCoach(), instant(task.getFollowUpDate()), task.getOwner(),
                task.getOwner() == null ? null : task.getDescription());
    }

    private WorkItem sessionItem(Task task, CollectiveSession session) {
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCreateTime().toInstant(), instant(task.getDueDate()), task.getAssignee(),
                session.getGroup().getName(), null, null, session.getId(), null, 0, null, false,
                session.getGroup().getCoach(), instant(task.getFollowUpDate()), task.getOwner(),
                task.getOwner() == null ? null : task.getDescription());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
