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
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads open tasks with what they are about. A worklist page costs the same few statements whatever its length: its
 * counts and its page are answered by the database ({@link WorklistRows}), then the page's trajectories with their
 * candidates and its sessions are read once.
 */
@Service
@Transactional(readOnly = true)
public class WorkItems {

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final WorklistRows rows;
    private final WorklistCounts counts;
    private final Caseload caseload;
    private final LearningGroups groups;
    private final Clock clock;

    WorkItems(TaskService tasks, TaskLookup lookup, WorklistRows rows, WorklistCounts counts, Caseload caseload,
              LearningGroups groups, Clock clock) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.rows = rows;
        this.counts = counts;
        this.caseload = caseload;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * One page of a worklist with its counts, in two statements whatever the number of tasks: the counts of every
     * scope grouped by stage, task, coach and due date, then the page itself; the counts are summed here from the
     * groups, each leaving out its own filter — kept a short while when they are many ({@link WorklistCounts}).
     * Coordinators alone may ask for every task.
     *
     * @throws NotPermittedException for the scope {@link WorklistScope#ALL} asked by someone else
     */
    public Worklist worklist(WorklistQuery query, Actor actor) {
        if (!WorklistRows.scopesOf(actor).contains(query.scope())) {
            throw new NotPermittedException(actor.userId(), "see every open task");
        }
        Instant now = clock.instant();
        WorklistCounts.Counted counted = counts.groups(query, actor, now);
        List<WorklistRows.Group> all = counted.groups();
        Map<WorklistScope, Integer> scopeCounts = new EnumMap<>(WorklistScope.class);
        WorklistRows.scopesOf(actor).forEach(scope -> scopeCounts.put(scope, 0));
        all.forEach(g -> scopeCounts.merge(g.scope(), g.count(), Integer::sum));

        List<WorklistRows.Group> inScope = all.stream().filter(g -> g.scope() == query.scope()).toList();
        Map<String, Integer> stageCounts = countBy(inScope, g -> query.matchesTask(g.taskKey())
                && g.candidateMatches() && query.matchesCoach(g.coach()) && overdueFilter(query, g),
                WorklistRows.Group::stage);
        Map<String, Integer> taskCounts = countBy(inScope, g -> query.matchesStage(g.stage())
                && g.candidateMatches() && query.matchesCoach(g.coach()) && overdueFilter(query, g),
                WorklistRows.Group::taskKey);
        Map<String, Integer> coachCounts = countBy(inScope, g -> query.matchesStage(g.stage())
                && query.matchesTask(g.taskKey()) && g.candidateMatches() && overdueFilter(query, g),
                WorklistRows.Group::coach);
        int overdueCount = sum(inScope, g -> query.matchesStage(g.stage()) && query.matchesTask(g.taskKey())
                && g.candidateMatches() && query.matchesCoach(g.coach()) && g.overdue());
        int total = sum(inScope, g -> query.matchesStage(g.stage()) && query.matchesTask(g.taskKey())
                && g.candidateMatches() && query.matchesCoach(g.coach()) && overdueFilter(query, g));

        // A page beyond the last (the list shrank since the link was made, ?page=5000) shows the last one. Kept
        // counts may be behind the list (tasks created since): then the page asked is read, and only when it holds
        // no task is the last page by the counts read instead.
        boolean fresh = counted.countedAt() == null;
        int lastPage = Math.max(0, (total - 1) / query.size());
        WorklistQuery shown = !fresh || query.page() <= lastPage ? query : query.onPage(lastPage);
        List<WorkItem> page = fresh && total == 0 ? List.of()
                : items(rows.page(shown, actor, now, shown.page() * shown.size(), shown.size()));
        if (page.isEmpty() && shown.page() > lastPage) {
            shown = query.onPage(lastPage);
            page = items(rows.page(shown, actor, now, shown.page() * shown.size(), shown.size()));
        }
        return new Worklist(shown, page, total, scopeCounts, stageCounts, taskCounts, coachCounts, overdueCount,
                counted.countedAt());
    }

    /** Every task in one scope, unfiltered and unpaged, in the order they were created. */
    public List<WorkItem> everything(WorklistScope scope, Actor actor) {
        return WorklistRows.scopesOf(actor).contains(scope) ? items(rows.all(scope, actor)) : List.of();
    }

    /** The tasks the actor holds and those they may claim. */
    public List<WorkItem> openTo(Actor actor) {
        List<TaskRow> open = new ArrayList<>(rows.all(WorklistScope.MINE, actor));
        open.addAll(rows.all(WorklistScope.CLAIMABLE, actor));
        return items(open);
    }

    private static boolean overdueFilter(WorklistQuery query, WorklistRows.Group group) {
        return !query.overdue() || group.overdue();
    }

    private static Map<String, Integer> countBy(List<WorklistRows.Group> groups,
                                                Predicate<WorklistRows.Group> filter,
                                                Function<WorklistRows.Group, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        groups.stream().filter(filter).filter(g -> key.apply(g) != null)
                .forEach(g -> counts.merge(key.apply(g), g.count(), Integer::sum));
        return counts;
    }

    private static int sum(List<WorklistRows.Group> groups, Predicate<WorklistRows.Group> filter) {
        return groups.stream().filter(filter).mapToInt(WorklistRows.Group::count).sum();
    }

    /**
     * The rows as work items, with their trajectories (and candidates) and sessions read once for all of them. A row
     * whose trajectory or session is gone by now is left out, as the rows' own statement leaves such tasks out.
     */
    private List<WorkItem> items(List<TaskRow> someRows) {
        Map<Long, Trajectory> trajectories = caseload.byIds(someRows.stream().map(TaskRow::trajectoryId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, CollectiveSession> sessions = groups.sessionsByIds(someRows.stream().map(TaskRow::sessionId)
                .filter(Objects::nonNull).distinct().toList());
        List<WorkItem> result = new ArrayList<>();
        for (TaskRow row : someRows) {
            Trajectory trajectory = row.trajectoryId() == null ? null : trajectories.get(row.trajectoryId());
            CollectiveSession session = row.sessionId() == null ? null : sessions.get(row.sessionId());
            if (trajectory != null) {
                result.add(item(row, trajectory));
            } else if (session != null) {
                result.add(sessionItem(row, session));
            }
        }
        return result;
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
            return sessionItem(TaskRow.of(task), s);
        }
        Trajectory trajectory = caseload.trajectory(BusinessKeys.trajectoryOf(key)
                .orElseThrow(() -> new TaskNotFoundException(taskId)), actor);
        return item(TaskRow.of(task), trajectory);
    }

    /** The open tasks of one trajectory (its dossier shows them), for an actor who may see the trajectory. */
    public List<WorkItem> openFor(long trajectoryId, Actor actor) {
        Trajectory trajectory = caseload.trajectory(trajectoryId, actor);
        return ordered(tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId)))
                .list().stream().map(t -> item(TaskRow.of(t), trajectory)).toList();
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

    private WorkItem item(TaskRow task, Trajectory trajectory) {
        LocalDate today = LocalDate.now(clock);
        return new WorkItem(task.id(), task.taskKey(), task.name(), task.created(), task.due(), task.assignee(),
                trajectory.getCandidate().fullName(), trajectory.getId(), trajectory.getCandidate().getId(), null,
                trajectory.getPhase(), trajectory.daysInPhase(today), trajectory.daysLeft(today),
                !trajectory.isActive(), trajectory.getCoach(), task.followUp(), task.owner(),
                task.owner() == null ? null : task.description());
    }

    private WorkItem sessionItem(TaskRow task, CollectiveSession session) {
        return new WorkItem(task.id(), task.taskKey(), task.name(), task.created(), task.due(), task.assignee(),
                session.getGroup().getName(), null, null, session.getId(), null, 0, null, false,
                session.getGroup().getCoach(), task.followUp(), task.owner(),
                task.owner() == null ? null : task.description());
    }
}
