package be.actraject.bpmn.worklist;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.Worklist;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database answers for a worklist (issue 19): every scope with the caseload rule, each filter with the counts
 * that leave out only their own filter, both orders and paging, for trajectory and session tasks. One cooperative per
 * test: people with ids of their own, six candidates and a session whose names share a family name. Run on H2 and
 * PostgreSQL, which must give the same answers.
 */
@SpringBootTest
abstract class WorklistAnswersContract {

    @Autowired
    Clock clock;
    @Autowired
    TrajectoryStart start;
    @Autowired
    WorkItems workItems;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Accounts accounts;
    @Autowired
    LearningGroups groups;

    Actor coach;
    Actor colleague;
    Actor stranger;
    Actor coordinator;
    String family;
    String groupName;
    /** The task of each candidate by first name, and of the session ("session"), in the order they were created. */
    final Map<String, String> tasks = new LinkedHashMap<>();

    @BeforeEach
    void aCooperative() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        coach = person("wacoach" + suffix, Role.COACH);
        colleague = person("wacolleague" + suffix, Role.COACH);
        stranger = person("wastranger" + suffix, Role.COACH);
        coordinator = person("wacoordinator" + suffix, Role.COORDINATOR);
        family = "Fam" + suffix;
        groupName = "Groep " + family;

        long cas = 0;
        for (String first : List.of("Ann", "Bert", "Cas", "Dirk", "Els")) {
            Actor coachOf = switch (first) {
                case "Ann", "Bert" -> coach;
                case "Cas", "Dirk" -> colleague;
                default -> null;
            };
            long trajectory = register(first, coachOf);
            cas = first.equals("Cas") ? trajectory : cas;
            tasks.put(first, taskService.createTaskQuery()
                    .processInstanceBusinessKey(BusinessKeys.trajectory(trajectory)).singleResult().getId());
            Thread.sleep(3); // distinct creation times, for an order that does not hang on the ids
        }
        // The colleague's candidates wait in the pool: Cas in a group the coach leads, Dirk in none.
        taskService.setAssignee(tasks.get("Cas"), null);
        taskService.setAssignee(tasks.get("Dirk"), null);
        LearningGroup group = groups.create(groupName, coach.userId(), coordinator);
        groups.place(cas, group.getId(), coordinator);
        CollectiveSession session = groups.plan(group.getId(), clock.instant().plus(1, ChronoUnit.DAYS), 60,
                "Thema", coach);
        runtime.createProcessInstanceByKey(ProcessKeys.LEARNING_GROUP_SESSION)
                .businessKey(BusinessKeys.session(session.getId()))
                .setVariable(Variables.SESSION_ID, session.getId())
                .startBeforeActivity(UserTask.SESSION_ATTENDANCE.key()).execute();
        tasks.put("session", taskService.createTaskQuery()
                .processInstanceBusinessKey(BusinessKeys.session(session.getId())).singleResult().getId());

        // Bert overdue, then Ann, then Cas; the others have no due date.
        due("Bert", -1);
        due("Ann", 1);
        due("Cas", 3);
        due("Dirk", null);
        due("Els", null);
        due("session", null);
    }

    private Actor person(String userId, Role role) {
        accounts.create(userId, userId, "Test", null, "secret-1234", role);
        return Actor.of(userId, role);
    }

    private long register(String first, Actor coachOf) {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CandidateDetails details = new CandidateDetails(first, family, "kandidaat@example.be", null, null, null, null,
                LocalDate.of(1991, 3, 4), number, LocalDate.now(clock).minusDays(1), "Idee van " + first);
        return start.register(details, coachOf == null ? null : coachOf.userId(), coordinator).trajectoryId();
    }

    private void due(String who, Integer days) {
        Task task = taskService.createTaskQuery().taskId(tasks.get(who)).singleResult();
        task.setDueDate(days == null ? null : Date.from(clock.instant().plus(days, ChronoUnit.DAYS)));
        taskService.saveTask(task);
    }

    private Worklist list(Actor actor, WorklistScope scope, String stage, String taskKey, String candidate,
                          String coachId, boolean overdue, WorklistSort sort, int page, int size) {
        return workItems.worklist(new WorklistQuery(scope, stage, taskKey, candidate, coachId, overdue, sort, page,
                size), actor);
    }

    /** The scope's tasks of this test's cooperative, unpaged, by due date. */
    private Worklist ours(Actor actor, WorklistScope scope) {
        return list(actor, scope, null, null, family, null, false, null, 0, 50);
    }

    private List<String> who(Worklist worklist) {
        return worklist.items().stream().map(this::nameOf).toList();
    }

    private String nameOf(WorkItem item) {
        return tasks.entrySet().stream().filter(e -> e.getValue().equals(item.taskId())).findFirst().orElseThrow()
                .getKey();
    }

    @Test
    void eachPersonSeesTheirOwnTasksAndClaimsWhatTheirCaseloadHolds() {
        Worklist mine = list(coach, WorklistScope.MINE, null, null, null, null, false, WorklistSort.AGE, 0, 50);
        assertThat(who(mine)).containsExactly("Ann", "Bert", "session");
        assertThat(mine.scopeCounts()).containsOnlyKeys(WorklistScope.MINE, WorklistScope.CLAIMABLE)
                .containsEntry(WorklistScope.MINE, 3);
        WorkItem session = mine.items().get(2);
        assertThat(session.stage()).isEqualTo(WorkItem.SESSION);
        assertThat(session.subject()).isEqualTo(groupName);
        assertThat(session.coach()).isEqualTo(coach.userId());
        assertThat(mine.items().get(0).subject()).isEqualTo("Ann " + family);
        assertThat(mine.items().get(0).daysInPhase()).isPositive();

        assertThat(who(ours(coach, WorklistScope.CLAIMABLE))).as("the pool, and the member of the group they lead")
                .containsExactlyInAnyOrder("Cas", "Els");
        assertThat(who(ours(colleague, WorklistScope.CLAIMABLE))).as("their own, and the pool")
                .containsExactlyInAnyOrder("Cas", "Dirk", "Els");
        assertThat(who(ours(stranger, WorklistScope.CLAIMABLE))).containsExactly("Els");
        assertThat(ours(stranger, WorklistScope.MINE).scopeCounts()).containsEntry(WorklistScope.MINE, 0);

        Worklist all = ours(coordinator, WorklistScope.ALL);
        assertThat(who(all)).containsExactlyInAnyOrder("Ann", "Bert", "Cas", "Dirk", "Els", "session");
        assertThat(all.scopeCounts()).containsOnlyKeys(WorklistScope.values()).containsEntry(WorklistScope.MINE, 0);

        // The session's task put back in the pool: only the coach of its group sees it there.
        taskService.setAssignee(tasks.get("session"), null);
        assertThat(who(ours(coach, WorklistScope.CLAIMABLE))).containsExactlyInAnyOrder("Cas", "Els", "session");
        assertThat(who(ours(colleague, WorklistScope.CLAIMABLE))).doesNotContain("session");
        assertThat(list(coach, WorklistScope.MINE, null, null, null, null, false, null, 0, 50).scopeCounts())
                .containsEntry(WorklistScope.MINE, 2);
    }

    @Test
    void eachCountLeavesOutOnlyItsOwnFilter() {
        Worklist all = ours(coordinator, WorklistScope.ALL);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.stageCounts()).containsOnly(Map.entry("INTAKE", 5), Map.entry(WorkItem.SESSION, 1));
        assertThat(all.taskCounts()).containsOnly(Map.entry(UserTask.INDIVIDUAL_CONVERSATION.key(), 5),
                Map.entry(UserTask.SESSION_ATTENDANCE.key(), 1));
        assertThat(all.coachCounts()).as("Els has no coach")
                .containsOnly(Map.entry(coach.userId(), 3), Map.entry(colleague.userId(), 2));
        assertThat(all.overdueCount()).isEqualTo(1);

        Worklist sessions = list(coordinator, WorklistScope.ALL, WorkItem.SESSION, null, family, null, false, null,
                0, 50);
        assertThat(who(sessions)).containsExactly("session");
        assertThat(sessions.stageCounts()).isEqualTo(all.stageCounts());
        assertThat(sessions.taskCounts()).containsOnly(Map.entry(UserTask.SESSION_ATTENDANCE.key(), 1));
        assertThat(sessions.coachCounts()).containsOnly(Map.entry(coach.userId(), 1));
        assertThat(sessions.overdueCount()).isZero();

        Worklist conversations = list(coordinator, WorklistScope.ALL, null, UserTask.INDIVIDUAL_CONVERSATION.key(),
                family, null, false, null, 0, 50);
        assertThat(conversations.total()).isEqualTo(5);
        assertThat(conversations.taskCounts()).isEqualTo(all.taskCounts());
        assertThat(conversations.stageCounts()).containsOnly(Map.entry("INTAKE", 5));

        Worklist colleagues = list(coordinator, WorklistScope.ALL, null, null, family, colleague.userId(), false,
                null, 0, 50);
        assertThat(who(colleagues)).containsExactly("Cas", "Dirk");
        assertThat(colleagues.coachCounts()).isEqualTo(all.coachCounts());
        assertThat(colleagues.stageCounts()).containsOnly(Map.entry("INTAKE", 2));

        Worklist overdue = list(coordinator, WorklistScope.ALL, null, null, family, null, true, null, 0, 50);
        assertThat(who(overdue)).containsExactly("Bert");
        assertThat(overdue.overdueCount()).isEqualTo(1);
        assertThat(overdue.coachCounts()).containsOnly(Map.entry(coach.userId(), 1));
        assertThat(list(coordinator, WorklistScope.ALL, WorkItem.SESSION, null, family, null, true, null, 0, 50)
                .total()).isZero();
    }

    @Test
    void theNameFilterIgnoresCaseAndTakesPercentAndUnderscoreAsTyped() {
        assertThat(list(coordinator, WorklistScope.ALL, null, null, family.toUpperCase(Locale.ROOT), null, false,
                null, 0, 50).total()).isEqualTo(6);
        assertThat(who(list(coordinator, WorklistScope.ALL, null, null, "bErT " + family, null, false, null, 0, 50)))
                .containsExactly("Bert");
        assertThat(who(list(coordinator, WorklistScope.ALL, null, null, "groep " + family, null, false, null, 0,
                50))).containsExactly("session");
        // As wildcards, these would match every name of the family.
        String afterFam = family.substring(3);
        Worklist percent = list(coordinator, WorklistScope.ALL, null, null, "%" + afterFam, null, false, null, 0, 50);
        Worklist underscore = list(coordinator, WorklistScope.ALL, null, null, "Fa_" + afterFam, null, false, null,
                0, 50);
        assertThat(percent.total()).isZero();
        assertThat(percent.stageCounts()).isEmpty();
        assertThat(underscore.total()).isZero();
        assertThat(underscore.coachCounts()).isEmpty();
    }

    @Test
    void theListOrdersByDueDateOrAgeAndPagesWithTheLastPageForOneBeyondIt() {
        List<List<String>> byDue = List.of(
                who(list(coordinator, WorklistScope.ALL, null, null, family, null, false, WorklistSort.DUE, 0, 2)),
                who(list(coordinator, WorklistScope.ALL, null, null, family, null, false, WorklistSort.DUE, 1, 2)),
                who(list(coordinator, WorklistScope.ALL, null, null, family, null, false, WorklistSort.DUE, 2, 2)));
        assertThat(byDue).containsExactly(List.of("Bert", "Ann"), List.of("Cas", "Dirk"), List.of("Els", "session"));

        Worklist beyond = list(coordinator, WorklistScope.ALL, null, null, family, null, false, WorklistSort.AGE, 7,
                4);
        assertThat(beyond.query().page()).isEqualTo(1);
        assertThat(beyond.pages()).isEqualTo(2);
        assertThat(who(beyond)).containsExactly("Els", "session");
        assertThat(who(list(coordinator, WorklistScope.ALL, null, null, family, null, false, WorklistSort.AGE, 0, 4)))
                .containsExactly("Ann", "Bert", "Cas", "Dirk");

        Worklist none = list(coordinator, WorklistScope.ALL, "EXPLORATION", null, family, null, false, null, 3, 4);
        assertThat(none.query().page()).isZero();
        assertThat(none.items()).isEmpty();
        assertThat(none.pages()).isEqualTo(1);
    }

    /** As before: such a task is an inconsistency for the administrators, not a line in anyone's worklist. */
    @Test
    void aTaskWhoseTrajectoryOrSessionDoesNotExistIsLeftOut() {
        WorklistQuery everyTask = new WorklistQuery(WorklistScope.ALL, null, null, null, null, false, null, 0, 10);
        int all = workItems.worklist(everyTask, coordinator).total();
        int claimable = ours(stranger, WorklistScope.CLAIMABLE).scopeCounts().get(WorklistScope.CLAIMABLE);

        List<String> strays = new ArrayList<>();
        try {
            for (String key : List.of("987654321987", BusinessKeys.session(987654321987L),
                    BusinessKeys.SESSION_PREFIX + "x", "not-a-key")) {
                strays.add(runtime.createProcessInstanceByKey(ProcessKeys.INTAKE).businessKey(key)
                        .setVariable(Variables.TRAJECTORY_ID, 987654321987L)
                        .startBeforeActivity(UserTask.INDIVIDUAL_CONVERSATION.key()).execute().getId());
            }

            assertThat(workItems.worklist(everyTask, coordinator).total()).isEqualTo(all);
            assertThat(ours(stranger, WorklistScope.CLAIMABLE).scopeCounts())
                    .containsEntry(WorklistScope.CLAIMABLE, claimable);
            assertThat(workItems.openTo(stranger)).extracting(WorkItem::taskId).contains(tasks.get("Els"));
        } finally {
            // Out of the way of the other tests that share this database.
            strays.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
        }
    }

    @Test
    void everythingAndOpenToKeepTheCaseloadRule() {
        assertThat(workItems.everything(WorklistScope.MINE, coach)).extracting(this::nameOf)
                .containsExactly("Ann", "Bert", "session");
        assertThat(workItems.everything(WorklistScope.ALL, coach)).isEmpty();
        assertThat(workItems.openTo(stranger)).extracting(WorkItem::taskId).contains(tasks.get("Els"))
                .doesNotContain(tasks.get("Cas"), tasks.get("Dirk"), tasks.get("Ann"));
        assertThat(workItems.openTo(coach)).extracting(WorkItem::taskId)
                .contains(tasks.get("Ann"), tasks.get("Cas"), tasks.get("Els")).doesNotContain(tasks.get("Dirk"));
    }
}
