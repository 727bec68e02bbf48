package be.actraject.bpmn.worklist;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.FollowUpInPastException;
import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.task.HandOverChoice;
import be.actraject.bpmn.task.HandOverChoices;
import be.actraject.bpmn.task.HandOverRefusedException;
import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.Worklist;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worklist on the real engine and domain: scopes, filters, counts, paging and order; claiming in a race; handing
 * over with its refusals; follow-up dates. Each test works with candidates of its own (a unique family name) and
 * filters on them, since the database is shared with the other tests of the context. Run on H2 and PostgreSQL.
 */
@SpringBootTest
@Tag("dates")
abstract class WorklistContract {

    static final Actor COACH = Actor.of("wlcoach", Role.COACH);
    static final Actor COLLEAGUE = Actor.of("wlcolleague", Role.COACH);
    static final Actor STRANGER = Actor.of("wlstranger", Role.COACH);
    static final Actor COORDINATOR = Actor.of("wlcoordinator", Role.COORDINATOR);

    @Autowired
    Clock clock;
    @Autowired
    TrajectoryStart start;
    @Autowired
    WorkItems workItems;
    @Autowired
    TaskClaims claims;
    @Autowired
    TaskService taskService;
    @Autowired
    Accounts accounts;
    @Autowired
    LearningGroups groups;
    @Autowired
    Caseload caseload;
    @Autowired
    ExitTasks exits;
    @Autowired
    HandOverChoices handOverChoices;

    String family;

    @BeforeEach
    void accountsAndAFamilyName() {
        for (Actor a : List.of(COACH, COLLEAGUE, STRANGER, COORDINATOR)) {
            if (accounts.find(a.userId()).isEmpty()) {
                accounts.create(a.userId(), a.userId(), "Test", null, "secret-1234", a.roles().toArray(Role[]::new));
            }
        }
        family = "Fam" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long register(String first, Actor coach) {
        String number = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CandidateDetails details = new CandidateDetails(first, family, "kandidaat@example.be", null, null, null, null,
                LocalDate.of(1991, 3, 4), number, LocalDate.now(clock).minusDays(1), "Idee van " + first);
        return start.register(details, coach == null ? null : coach.userId(), COORDINATOR).trajectoryId();
    }

    private WorklistQuery query(WorklistScope scope, int page, int size) {
        return new WorklistQuery(scope, null, null, family, null, false, WorklistSort.DUE, page, size);
    }

    private WorkItem only(WorklistScope scope, Actor actor) {
        List<WorkItem> items = workItems.worklist(query(scope, 0, 50), actor).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void theWorklistCountsPerFilterPagesAndOrdersByDueDate() {
        for (String first : List.of("Ann", "Bert", "Cas", "Dirk", "Els")) {
            register(first, COACH);
        }
        List<WorkItem> mine = workItems.worklist(query(WorklistScope.MINE, 0, 50), COACH).items();
        assertThat(mine).hasSize(5).allMatch(i -> i.taskKey().equals(UserTask.INDIVIDUAL_CONVERSATION.key()));
        Task late = taskService.createTaskQuery().taskId(mine.get(3).taskId()).singleResult();
        late.setDueDate(Date.from(clock.instant().minus(2, ChronoUnit.DAYS)));
        taskService.saveTask(late);

        Worklist first = workItems.worklist(query(WorklistScope.MINE, 0, 2), COACH);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(first.items().get(0).taskId()).as("the overdue task first").isEqualTo(late.getId());
        assertThat(first.stageCounts()).containsEntry("INTAKE", 5);
        assertThat(first.taskCounts()).containsEntry(UserTask.INDIVIDUAL_CONVERSATION.key(), 5);
        assertThat(first.coachCounts()).containsEntry(COACH.userId(), 5);
        assertThat(first.overdueCount()).isEqualTo(1);
        assertThat(first.items()).allMatch(i -> i.daysInPhase() >= 1 && i.coach().equals(COACH.userId()));

        Worklist beyond = workItems.worklist(query(WorklistScope.MINE, 9, 2), COACH);
        assertThat(beyond.query().page()).as("a page beyond the last shows the last").isEqualTo(2);
        assertThat(beyond.items()).hasSize(1);

        Worklist overdue = workItems.worklist(new WorklistQuery(WorklistScope.MINE, null, null, family, null, true,
                WorklistSort.AGE, 0, 10), COACH);
        assertThat(overdue.items()).extracting(WorkItem::taskId).containsExactly(late.getId());
        assertThat(overdue.stageCounts()).containsEntry("INTAKE", 1);

        Worklist otherKind = workItems.worklist(new WorklistQuery(WorklistScope.MINE, null,
                UserTask.POP_CREATION.key(), family, null, false, null, 0, 10), COACH);
        assertThat(otherKind.total()).isZero();
        assertThat(otherKind.taskCounts()).as("counts say what choosing each kind would give")
                .containsEntry(UserTask.INDIVIDUAL_CONVERSATION.key(), 5);

        Worklist byStage = workItems.worklist(new WorklistQuery(WorklistScope.MINE, "EXPLORATION", null, family,
                null, false, null, 0, 10), COACH);
        assertThat(byStage.total()).isZero();
    }

    @Test
    void coordinatorsSeeEveryOpenTaskAndCoachesMayNot() {
        register("Fons", COACH);
        register("Greet", COLLEAGUE);
        register("Hilde", null);

        Worklist all = workItems.worklist(query(WorklistScope.ALL, 0, 50), COORDINATOR);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.coachCounts()).containsEntry(COACH.userId(), 1).containsEntry(COLLEAGUE.userId(), 1);
        assertThat(all.scopeCounts()).containsKey(WorklistScope.ALL);

        assertThat(workItems.worklist(query(WorklistScope.MINE, 0, 50), COACH).total()).isEqualTo(1);
        assertThat(workItems.worklist(query(WorklistScope.CLAIMABLE, 0, 50), COACH).items())
                .as("the pool's task, not the colleague's").extracting(WorkItem::subject)
                .containsExactly("Hilde " + family);
        assertThatThrownBy(() -> workItems.worklist(query(WorklistScope.ALL, 0, 50), COACH))
                .isInstanceOf(NotPermittedException.class);
    }

    /** The dossier links a task only for who may open it: its holder, its candidates while unheld, a coordinator. */
    @Test
    void theTasksOneMayOpenAreTheHeldOnesTheOfferedOnesAndForACoordinatorAll() {
        long fons = register("Fons", COACH);
        long hilde = register("Hilde", null);
        String fonsTask = workItems.openFor(fons, COACH).get(0).taskId();
        String hildeTask = workItems.openFor(hilde, COORDINATOR).get(0).taskId();

        assertThat(workItems.openableFor(fons, COACH)).containsExactly(fonsTask);
        assertThat(workItems.openableFor(hilde, COACH)).as("offered to the coaches").containsExactly(hildeTask);
        assertThat(workItems.openableFor(hilde, Actor.of("wloffice", Role.OFFICE))).isEmpty();

        taskService.setAssignee(fonsTask, "wlcollega-elders");
        assertThat(workItems.openableFor(fons, COACH)).as("held by someone else").isEmpty();
        assertThat(workItems.openableFor(fons, COORDINATOR)).containsExactly(fonsTask);
    }

    @RepeatedTest(3)
    void twoCoachesClaimingAtOnceOneGetsItTheOtherLearnsWhoHasIt() throws Exception {
        register("Ilse", null);
        String taskId = only(WorklistScope.CLAIMABLE, COACH).taskId();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Actor coach : List.of(COACH, COLLEAGUE)) {
                Callable<String> claim = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        claims.claim(taskId, coach);
                        return "won:" + coach.userId();
                    } catch (TaskClaimedByOtherException e) {
                        String holder = e.holder() != null ? e.holder() : workItems.holderOf(taskId);
                        return "lost:" + holder;
                    }
                };
                outcomes.add(pool.submit(claim));
            }
            ready.await();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> r.startsWith("won:")).hasSize(1);
            String winner = results.stream().filter(r -> r.startsWith("won:")).findFirst().orElseThrow().substring(4);
            assertThat(results).contains("lost:" + winner);
            assertThat(workItems.holderOf(taskId)).isEqualTo(winner);
            long trajectoryId = only(WorklistScope.MINE, Actor.of(winner, Role.COACH)).requireTrajectory();
            assertThat(caseload.coachOf(trajectoryId)).as("the winner took the candidate over").contains(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskHandedOverToTheCoachOfTheCandidatesGroupShowsTheNoteInTheirWorklist() {
        long id = register("Jan", COACH);
        LearningGroup group = groups.create("Groep " + family, COLLEAGUE.userId(), COORDINATOR);
        groups.place(id, group.getId(), COORDINATOR);
        String taskId = only(WorklistScope.MINE, COACH).taskId();

        claims.handOver(taskId, COLLEAGUE.userId(), "Ik ben twee weken met verlof", COACH);

        WorkItem handedOver = only(WorklistScope.MINE, COLLEAGUE);
        assertThat(handedOver.taskId()).isEqualTo(taskId);
        assertThat(handedOver.handedOverBy()).isEqualTo(COACH.userId());
        assertThat(handedOver.handOverNote()).isEqualTo("Ik ben twee weken met verlof");
        assertThat(workItems.worklist(query(WorklistScope.MINE, 0, 10), COACH).total()).isZero();
        assertThat(caseload.dossier(caseload.trajectory(id, COORDINATOR).getCandidate().getId(), COORDINATOR)
                .timeline()).anyMatch(e -> e.getKind() == TimelineKind.TASK_HANDED_OVER);
    }

    @Test
    void theHandOverChoicesOfferTheColleaguesTheHandOverAcceptsAndSayWhyNotTheOthers() {
        long id = register("Lies", COACH);
        LearningGroup group = groups.create("Groep " + family, COLLEAGUE.userId(), COORDINATOR);
        groups.place(id, group.getId(), COORDINATOR);
        WorkItem item = only(WorklistScope.MINE, COACH);

        HandOverChoice choice = handOverChoices.of(List.of(item), COACH).get(item.taskId());

        assertThat(choice.offered()).extracting(Account::userId).contains(COLLEAGUE.userId())
                .doesNotContain(STRANGER.userId(), COORDINATOR.userId(), COACH.userId());
        assertThat(choice.missing()).filteredOn(m -> m.colleague().userId().equals(STRANGER.userId()))
                .extracting(HandOverChoice.Missing::reason).containsExactly(HandOverRefusedException.Reason.OUTSIDE_CASELOAD);
        assertThat(choice.missing()).filteredOn(m -> m.colleague().userId().equals(COORDINATOR.userId()))
                .extracting(HandOverChoice.Missing::reason).containsExactly(HandOverRefusedException.Reason.NOT_CANDIDATE);
        for (HandOverChoice.Missing missing : choice.missing()) {
            assertThatThrownBy(() -> claims.handOver(item.taskId(), missing.colleague().userId(), "Neem jij over?",
                    COACH)).isInstanceOfSatisfying(HandOverRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(missing.reason()));
        }
        claims.handOver(item.taskId(), COLLEAGUE.userId(), "Neem jij over?", COACH);
        assertThat(handOverChoices.of(List.of(only(WorklistScope.MINE, COLLEAGUE)), COACH))
                .as("the coach no longer holds it").isEmpty();
    }

    @Test
    void aHandOverThatCannotBeIsRefusedAndChangesNothing() {
        register("Karel", COACH);
        String taskId = only(WorklistScope.MINE, COACH).taskId();

        assertThatThrownBy(() -> claims.handOver(taskId, STRANGER.userId(), "Neem jij over?", COACH))
                .isInstanceOfSatisfying(HandOverRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOverRefusedException.Reason.OUTSIDE_CASELOAD));
        assertThatThrownBy(() -> claims.handOver(taskId, COORDINATOR.userId(), "Neem jij over?", COACH))
                .isInstanceOfSatisfying(HandOverRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOverRefusedException.Reason.NOT_CANDIDATE));
        assertThatThrownBy(() -> claims.handOver(taskId, "nobody-" + family, "Neem jij over?", COACH))
                .isInstanceOfSatisfying(HandOverRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOverRefusedException.Reason.UNKNOWN));
        assertThatThrownBy(() -> claims.handOver(taskId, COLLEAGUE.userId(), "  ", COACH))
                .isInstanceOfSatisfying(HandOverRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOverRefusedException.Reason.NOTE));
        assertThatThrownBy(() -> claims.handOver(taskId, COLLEAGUE.userId(), "Neem jij over?", STRANGER))
                .isInstanceOf(NotYourTaskException.class);

        WorkItem still = only(WorklistScope.MINE, COACH);
        assertThat(still.taskId()).isEqualTo(taskId);
        assertThat(still.handedOverBy()).isNull();
    }

    @Test
    void aCoordinatorHandsATaskOverToTheCandidatesCoach() {
        register("Lieve", COACH);
        String taskId = only(WorklistScope.MINE, COACH).taskId();
        claims.unclaim(taskId, COACH);

        claims.handOver(taskId, COACH.userId(), "Graag deze week", COORDINATOR);

        assertThat(only(WorklistScope.MINE, COACH).handOverNote()).isEqualTo("Graag deze week");
    }

    @Test
    void aFollowUpDateIsTodayOrLaterAndOnlyTheHolderSetsIt() {
        register("Mona", COACH);
        String taskId = only(WorklistScope.MINE, COACH).taskId();
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);

        claims.followUp(taskId, nextWeek, COACH);
        WorkItem item = only(WorklistScope.MINE, COACH);
        assertThat(item.followUp()).isNotNull();
        assertThat(item.isWaitingForFollowUp(clock.instant())).isTrue();

        assertThatThrownBy(() -> claims.followUp(taskId, LocalDate.now(clock).minusDays(1), COACH))
                .isInstanceOf(FollowUpInPastException.class);
        assertThatThrownBy(() -> claims.followUp(taskId, nextWeek, COLLEAGUE))
                .isInstanceOf(NotYourTaskException.class);

        claims.followUp(taskId, null, COACH);
        assertThat(only(WorklistScope.MINE, COACH).followUp()).isNull();
    }

    @Test
    void someoneWhoIsNotAmongATasksCandidatesOrOutsideItsCaseloadIsRefusedBeforeBeingToldWhoHoldsIt() {
        register("Nina", COACH);
        String taskId = only(WorklistScope.MINE, COACH).taskId();

        assertThatThrownBy(() -> claims.claim(taskId, Actor.of("wloffice", Role.OFFICE)))
                .isInstanceOf(NotYourTaskException.class);
        assertThatThrownBy(() -> claims.claim(taskId, COLLEAGUE)).as("a colleague who never saw Nina")
                .isInstanceOf(NotInCaseloadException.class);
        assertThat(workItems.holderOf(taskId)).isEqualTo(COACH.userId());
    }

    @Test
    void aColleagueWhoSawTheCandidateInThePoolIsToldWhoTookThemOnButNotWhoHoldsTheTaskLater() {
        register("Oscar", null);
        String taskId = only(WorklistScope.CLAIMABLE, COACH).taskId();
        claims.claim(taskId, COACH);

        assertThatThrownBy(() -> claims.claim(taskId, COLLEAGUE)).as("a moment too late")
                .isInstanceOfSatisfying(TaskClaimedByOtherException.class,
                        e -> assertThat(e.holder()).isEqualTo(COACH.userId()));

        taskService.setAssignee(taskId, STRANGER.userId()); // as a repair may
        assertThatThrownBy(() -> claims.claim(taskId, COLLEAGUE)).as("held now by someone who did not take Oscar on")
                .isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void aTaskPutOnTheNameOfSomeoneWhoMayNotSeeItsCandidateCannotBeCompletedAndNothingChanges() {
        long trajectory = register("Olga", COACH);
        exits.stop(trajectory, "Stopt met het project", COACH);
        WorkItem registration = only(WorklistScope.MINE, COACH);
        assertThat(registration.taskKey()).isEqualTo(UserTask.EXIT_REGISTRATION.key());
        // As an administrator's repair may: on the name of a colleague outside the candidate's caseload.
        taskService.setAssignee(registration.taskId(), STRANGER.userId());

        assertThatThrownBy(() -> exits.completeExitRegistration(registration.taskId(), ExitType.STOPPED,
                "Geen tijd meer", STRANGER)).isInstanceOf(NotInCaseloadException.class);

        assertThat(workItems.holderOf(registration.taskId())).isEqualTo(STRANGER.userId());
        assertThat(caseload.trajectory(trajectory, COACH).isActive()).isTrue();
    }
}
