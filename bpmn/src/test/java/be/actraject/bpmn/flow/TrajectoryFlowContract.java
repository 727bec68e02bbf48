package be.actraject.bpmn.flow;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.exit.TrajectoryNotRunningException;
import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.invoicing.InvoicingTasks;
import be.actraject.bpmn.invoicing.PendingInvoicesException;
import be.actraject.bpmn.prospecting.ProspectingTasks;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.NotYourTaskException;
import be.actraject.bpmn.task.TaskAlreadyCompletedException;
import be.actraject.bpmn.task.TaskClaimedByOtherException;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.NextStep;
import be.actraject.bpmn.task.NextSteps;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.bpmn.trajectory.UnknownCoachException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.conversation.ConversationDateOutOfRangeException;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.decision.Decisions;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.testsupport.TestCustomers;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

/**
 * A trajectory from registration through the intake's tasks, on the real engine and the real domain in one
 * Spring context, committed for real (no test transaction), so that what one transaction writes or rolls back is
 * what the database holds. Run on H2 and on PostgreSQL by the subclasses.
 */
@SpringBootTest
abstract class TrajectoryFlowContract {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @Autowired
    Clock clock;
    @Autowired
    Customers customers;
    @Autowired
    TrajectoryStart start;
    @Autowired
    WorkItems workItems;
    @Autowired
    TaskClaims claims;
    @Autowired
    IntakeTasks intake;
    @Autowired
    ConversationTasks conversationTasks;
    @Autowired
    ExitTasks exitTasks;
    @Autowired
    Decisions decisions;
    @Autowired
    ExplorationTasks exploration;
    @Autowired
    ProspectingTasks prospecting;
    @Autowired
    InvoiceTasks invoiceTasks;
    @Autowired
    InvoicingTasks invoicingTasks;
    @Autowired
    Invoices invoices;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    RuntimeService runtime;
    @Autowired
    be.actraject.bpmn.parameters.TrajectoryParameters parameters;
    @Autowired
    NextSteps nextSteps;
    @Autowired
    Accounts accounts;
    @MockitoSpyBean
    Caseload caseload;

    @BeforeEach
    void accounts() {
        for (Actor a : List.of(COACH, COACH2, COORDINATOR)) {
            if (accounts.find(a.userId()).isEmpty()) {
                accounts.create(a.userId(), a.userId(), "Test", null, "secret-1234", a.roles().toArray(Role[]::new));
            }
        }
    }

    @Test
    void registrationStartsTheTrajectoryAndPutsTheIntakeConversationInEveryCoachsPool() {
        long id = register(null);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id)).count())
                .as("the trajectory and its intake").isEqualTo(2);
        assertThat(caseload.trajectory(id, COORDINATOR).getPhase()).isEqualTo(Phase.INTAKE);
        assertThat(claimableTask(COACH, id)).get().extracting(WorkItem::taskKey)
                .isEqualTo(UserTask.INDIVIDUAL_CONVERSATION.key());
        assertThat(claimableTask(COACH2, id)).isPresent();
    }

    @Test
    void theTasksOfACandidateWithACoachGoToThatCoachAlone() {
        long id = register("coach");

        assertThat(workItems.everything(be.actraject.bpmn.task.WorklistScope.MINE, COACH)).anyMatch(w -> w.trajectoryId() == id);
        assertThat(openTask(COACH2, id)).isEmpty();
    }

    @Test
    void registeringWithACoachWhoIsNoCoachIsRefusedAndLeavesNothingBehind() {
        long before = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> register("coordinator")).isInstanceOf(UnknownCoachException.class);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aCoachWhoClaimsAPoolTaskBecomesTheCoachAndColleaguesNoLongerSeeTheCandidate() {
        long id = register(null);
        String taskId = claimableTask(COACH2, id).orElseThrow().taskId();

        claims.claim(taskId, COACH2);

        assertThat(caseload.trajectory(id, COORDINATOR).getCoach()).isEqualTo("coach2");
        assertThat(workItems.everything(be.actraject.bpmn.task.WorklistScope.MINE, COACH2)).extracting(WorkItem::taskId).contains(taskId);
        assertThat(openTask(COACH, id)).isEmpty();
        assertThat(caseload.visibleTo(COACH)).noneMatch(t -> t.getId() == id);
    }

    @Test
    void claimingATaskAColleagueHoldsNamesTheColleague() {
        long id = register(null);
        String taskId = claimableTask(COACH, id).orElseThrow().taskId();
        claims.claim(taskId, COACH);

        assertThatThrownBy(() -> claims.claim(taskId, COACH2))
                .isInstanceOfSatisfying(TaskClaimedByOtherException.class,
                        e -> assertThat(e.holder()).isEqualTo("coach"));
    }

    @Test
    void twoCoachesClaimingAtTheSameMomentGetOneWinnerAndOneClearRefusal() throws Exception {
        long id = register(null);
        String taskId = claimableTask(COACH, id).orElseThrow().taskId();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = List.of(COACH, COACH2).stream()
                    .map(coach -> pool.submit(() -> {
                        together.await();
                        try {
                            claims.claim(taskId, coach);
                            return "won";
                        } catch (TaskClaimedByOtherException e) {
                            return "refused";
                        }
                    }))
                    .toList();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("won", "refused");
        } finally {
            pool.shutdownNow();
        }
        String winner = workItems.holderOf(taskId);
        assertThat(caseload.trajectory(id, COORDINATOR).getCoach()).isEqualTo(winner);
    }

    @Test
    void completingTheConversationRecordsItAndAsksForTheEntreSpiegelFromTheSameCoach() {
        long id = register(null);
        String taskId = claim(COACH, id);

        conversationTasks.complete(taskId, report(LocalDate.now(clock)), COACH);

        assertThat(conversations.of(id, COACH)).singleElement()
                .satisfies(c -> assertThat(c.getCoach()).isEqualTo("coach"));
        assertThat(openTask(COACH, id)).get().extracting(WorkItem::taskKey)
                .isEqualTo(UserTask.ENTRE_SPIEGEL.key());
        assertThat(openTask(COACH2, id)).isEmpty();
    }

    @Test
    void theWholeIntakeLeadsIntoTheExplorationWithTheCoordinatorsPlacementTask() {
        long id = register("coach");
        conversationTasks.complete(claim(COACH, id), report(LocalDate.now(clock)), COACH);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(3), COACH);
        intake.completePopCreation(claim(COACH, id),
                PlanDraft.single("Netwerken vormen", "Twee netwerkevents per maand", LocalDate.now(clock)), COACH);

        intake.completeIntakeDecision(claim(COACH, id), Decision.CONTINUE, "Wil het idee uittesten", COACH);

        assertThat(plans.of(id, COACH)).hasSize(1);
        assertThat(caseload.trajectory(id, COORDINATOR).getPhase()).isEqualTo(Phase.EXPLORATION);
        assertThat(openTask(COORDINATOR, id)).get().extracting(WorkItem::taskKey)
                .isEqualTo(UserTask.LEARNING_GROUP_PLACEMENT.key());
        assertThat(decisions.of(id, COACH)).singleElement()
                .satisfies(d -> assertThat(d.getMotivation()).isEqualTo("Wil het idee uittesten"));
    }

    @Test
    void afterEachStepTheNextStepNamesWhoseItIs() {
        long id = register("coach");
        String conversation = claim(COACH, id);
        conversationTasks.complete(conversation, report(LocalDate.now(clock)), COACH);
        assertThat(nextSteps.after(conversation, COACH)).contains(new NextStep(NextStep.Kind.YOURS, null));
        assertThat(nextSteps.after(conversation, COACH2)).get().extracting(NextStep::kind)
                .isEqualTo(NextStep.Kind.PERSON);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(3), COACH);
        intake.completePopCreation(claim(COACH, id),
                PlanDraft.single("Netwerken vormen", "Twee netwerkevents per maand", LocalDate.now(clock)), COACH);
        String decision = claim(COACH, id);

        intake.completeIntakeDecision(decision, Decision.CONTINUE, "Wil het idee uittesten", COACH);

        assertThat(nextSteps.after(decision, COACH)).contains(new NextStep(NextStep.Kind.ROLE, "coordinator"));
        assertThat(nextSteps.after(decision, COORDINATOR)).contains(new NextStep(NextStep.Kind.YOURS, null));
    }

    @Test
    void afterTheExitRegistrationOfAStopTheTrajectoryHasEnded() {
        long id = register("coach");
        exitTasks.stop(id, "Kandidaat verhuist", COACH);
        String registration = claim(COACH, id);

        exitTasks.completeExitRegistration(registration, ExitType.STOPPED, "Verhuist naar Wallonië", COACH);

        // A stop starts no aftercare: nothing runs any more.
        assertThat(nextSteps.after(registration, COACH)).contains(new NextStep(NextStep.Kind.ENDED, null));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("trajectory")
                .processInstanceBusinessKey(Long.toString(id)).count()).isZero();
    }

    @Test
    void aDecisionWithoutMotivationIsRefusedAndTheTaskStaysOpen() {
        long id = register("coach");
        conversationTasks.complete(claim(COACH, id), report(LocalDate.now(clock)), COACH);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(4), COACH);
        intake.completePopCreation(claim(COACH, id),
                PlanDraft.single("Zelfkennis", "Dagboek bijhouden", LocalDate.now(clock)), COACH);
        String decisionTask = claim(COACH, id);

        assertThatThrownBy(() -> intake.completeIntakeDecision(decisionTask, Decision.CONTINUE, " ", COACH))
                .isInstanceOf(MotivationRequiredException.class);
        assertThatThrownBy(() -> intake.completeIntakeDecision(decisionTask, null, "zonder keuze", COACH))
                .isInstanceOf(DecisionRequiredException.class);
        assertThat(workItems.everything(be.actraject.bpmn.task.WorklistScope.MINE, COACH)).extracting(WorkItem::taskId).contains(decisionTask);
    }

    @Test
    void afterAnExitWithAftercareTheNextStepSaysTheAftercareGoesOn() {
        long id = register("coach");
        conversationTasks.complete(claim(COACH, id), report(LocalDate.now(clock)), COACH);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(2), COACH);
        intake.completePopCreation(claim(COACH, id), PlanDraft.single("x", "y", LocalDate.now(clock)), COACH);
        String decision = claim(COACH, id);

        intake.completeIntakeDecision(decision, Decision.REORIENT, "Liever loondienst", COACH);

        // The aftercare waits for its first follow-up's timer: no task, the trajectory is over, the aftercare is not.
        assertThat(nextSteps.after(decision, COACH)).contains(new NextStep(NextStep.Kind.AFTERCARE, null));
    }

    @Test
    void aReorientationAfterTheIntakeEndsTheTrajectoryInTheDossier() {
        long id = register("coach");
        conversationTasks.complete(claim(COACH, id), report(LocalDate.now(clock)), COACH);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(2), COACH);
        intake.completePopCreation(claim(COACH, id), PlanDraft.single("x", "y", LocalDate.now(clock)), COACH);

        intake.completeIntakeDecision(claim(COACH, id), Decision.REORIENT, "Liever loondienst", COACH);

        var trajectory = caseload.trajectory(id, COORDINATOR);
        assertThat(trajectory.getExitType()).isEqualTo(ExitType.REORIENTED);
        assertThat(trajectory.getExitReason()).isEqualTo("Liever loondienst");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("aftercare")
                .processInstanceBusinessKey(Long.toString(id)).count()).isEqualTo(1);
        // Issue 17: the schedule the aftercare's timers are made from is kept with the trajectory, in the exit's
        // transaction, for the pages to show its follow-ups from it after a change of the parameter.
        assertThat(trajectory.aftercareSchedule()).contains(parameters.getAftercareFollowUps());
    }

    @Test
    void aStoppedTrajectoryAsksForTheExitRegistrationAndCannotBeStoppedTwice() {
        long id = register("coach");

        exitTasks.stop(id, "Kandidaat verhuist", COACH);
        assertThatThrownBy(() -> exitTasks.stop(id, "nog eens", COACH))
                .isInstanceOf(TrajectoryNotRunningException.class);
        exitTasks.completeExitRegistration(claim(COACH, id), ExitType.STOPPED, "Verhuist naar Wallonië", COACH);

        var trajectory = caseload.trajectory(id, COORDINATOR);
        assertThat(trajectory.getExitType()).isEqualTo(ExitType.STOPPED);
        assertThat(trajectory.getEndDate()).isNotNull();
        assertThatThrownBy(() -> exitTasks.stop(id, "na het einde", COACH))
                .isInstanceOf(TrajectoryNotRunningException.class);
    }

    @Test
    void aColleagueCannotStopAnotherCoachsCandidate() {
        long id = register("coach");

        assertThatThrownBy(() -> exitTasks.stop(id, "vergissing", COACH2))
                .isInstanceOf(be.actraject.domain.access.NotInCaseloadException.class);
    }

    @Test
    void aCoachCannotCompleteATaskSheDoesNotHold() {
        long id = register(null);
        String taskId = claimableTask(COACH, id).orElseThrow().taskId();

        assertThatThrownBy(() -> conversationTasks.complete(taskId, report(LocalDate.now(clock)), COACH))
                .isInstanceOf(NotYourTaskException.class);
    }

    @Test
    void completingATaskTwiceTellsItIsNoLongerOpen() {
        long id = register("coach");
        String taskId = claim(COACH, id);
        conversationTasks.complete(taskId, report(LocalDate.now(clock)), COACH);

        assertThatThrownBy(() -> conversationTasks.complete(taskId, report(LocalDate.now(clock)), COACH))
                .isInstanceOfSatisfying(TaskAlreadyCompletedException.class,
                        e -> assertThat(e.completedBy()).isEqualTo("coach"));
        assertThat(conversations.of(id, COACH)).hasSize(1);
    }

    @Test
    void aRefusedDomainWriteLeavesTheTaskOpen() {
        long id = register("coach");
        String taskId = claim(COACH, id);
        LocalDate beforeStart = caseload.trajectory(id, COACH).getStartDate().minusDays(1);

        assertThatThrownBy(() -> conversationTasks.complete(taskId, report(beforeStart), COACH))
                .isInstanceOf(ConversationDateOutOfRangeException.class);
        assertThat(workItems.everything(be.actraject.bpmn.task.WorklistScope.MINE, COACH)).extracting(WorkItem::taskId).contains(taskId);
    }

    @Test
    void aFailureAfterTheTaskIsCompletedRollsBackTheDomainWriteToo() {
        long id = register("coach");
        String taskId = claim(COACH, id);
        // Completing the conversation creates the POP task, whose listener asks the domain for the coach:
        // make that step fail, after the conversation has been written and the task completed.
        doThrow(new IllegalStateException("database went away")).when(caseload).coachOf(anyLong());

        assertThatThrownBy(() -> conversationTasks.complete(taskId, report(LocalDate.now(clock)), COACH))
                .hasRootCauseMessage("database went away");

        org.mockito.Mockito.reset(caseload);
        assertThat(conversations.of(id, COACH)).as("conversation rolled back").isEmpty();
        assertThat(workItems.everything(be.actraject.bpmn.task.WorklistScope.MINE, COACH)).extracting(WorkItem::taskId)
                .as("task still open").contains(taskId);
    }

    @Test
    void invoicesAreApprovedAndNumberedWithoutGapsAndTheTrajectoryCannotEndWhileOneIsPending() {
        long id = toInvoicing();
        var first = invoiceTasks.submit(id, draft(id, "400.00"), COACH);
        var second = invoiceTasks.submit(id, draft(id, "250.00"), COACH);

        approveAsCoachAndCoordinator(id);
        approveAsCoachAndCoordinator(id);
        String firstNumber = invoices.invoice(first.getId(), COACH).getNumber();
        String secondNumber = invoices.invoice(second.getId(), COACH).getNumber();
        assertThat(firstNumber).matches("\\d{4}-\\d{5}");
        assertThat(Math.abs(Integer.parseInt(secondNumber.substring(5)) - Integer.parseInt(firstNumber.substring(5))))
                .as("consecutive numbers").isEqualTo(1);

        invoiceTasks.submit(id, draft(id, "90.00"), COACH);
        String exitDecision = openTasks(COACH, id).stream()
                .filter(w -> w.taskKey().equals(UserTask.INVOICING_EXIT_DECISION.key())).findFirst().orElseThrow()
                .taskId();
        claims.claim(exitDecision, COACH);
        assertThatThrownBy(() -> invoicingTasks.completeExitDecision(exitDecision, Decision.SELF_EMPLOYED,
                "Genoeg omzet", COACH)).isInstanceOf(PendingInvoicesException.class);
    }

    @Test
    void anInvoiceSentBackIsCorrectedAndIssuedOnItsNewAmount() {
        long id = toInvoicing();
        var invoice = invoiceTasks.submit(id, draft(id, "300.00"), COACH);

        String approval = claimKind(COACH, id, UserTask.INVOICE_APPROVAL_COACH);
        assertThatThrownBy(() -> invoiceTasks.completeApproval(approval, UserTask.INVOICE_APPROVAL_COACH,
                Decision.SEND_BACK, " ", COACH)).isInstanceOf(MotivationRequiredException.class);
        invoiceTasks.completeApproval(approval, UserTask.INVOICE_APPROVAL_COACH, Decision.SEND_BACK,
                "Btw-tarief nakijken", COACH);
        assertThat(invoices.invoice(invoice.getId(), COACH).getStatus()).isEqualTo(InvoiceStatus.SENT_BACK);
        invoiceTasks.completeCorrection(claimKind(COACH, id, UserTask.INVOICE_CORRECTION),
                TestCustomers.draft(customers, id, "Klant", "Werk", "310.00", VatRate.SIX, COACH), COACH);
        approveAsCoachAndCoordinator(id);

        var issued = invoices.invoice(invoice.getId(), COACH);
        assertThat(issued.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.getAmountExclVat()).isEqualByComparingTo("310.00");
    }

    @Test
    void invoicesAreRefusedBeforeTheInvoicingPhase() {
        long id = register("coach");

        assertThatThrownBy(() -> invoiceTasks.submit(id, draft(id, "100.00"), COACH))
                .isInstanceOf(be.actraject.domain.invoice.NotInvoicingException.class);
    }

    private long toInvoicing() {
        long id = register("coach");
        conversationTasks.complete(claim(COACH, id), report(LocalDate.now(clock)), COACH);
        intake.completeEntreSpiegel(claim(COACH, id), LocalDate.now(clock), scores(3), COACH);
        intake.completePopCreation(claim(COACH, id), PlanDraft.single("x", "y", LocalDate.now(clock)), COACH);
        intake.completeIntakeDecision(claim(COACH, id), Decision.CONTINUE, "verder", COACH);
        String placement = claimKind(COORDINATOR, id, UserTask.LEARNING_GROUP_PLACEMENT);
        exploration.placeInNewGroup(placement, "Groep " + id, "coach", COORDINATOR);
        exploration.completeReview(claimKind(COACH, id, UserTask.EXPLORATION_REVIEW), List.of(), Decision.CONTINUE,
                "klaar", COACH);
        prospecting.completeReview(claimKind(COACH, id, UserTask.PROSPECTING_REVIEW), Decision.START_INVOICING,
                "klanten", COACH);
        assertThat(caseload.trajectory(id, COACH).getPhase()).isEqualTo(Phase.INVOICING);
        return id;
    }

    private void approveAsCoachAndCoordinator(long id) {
        invoiceTasks.completeApproval(claimKind(COACH, id, UserTask.INVOICE_APPROVAL_COACH),
                UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE, null, COACH);
        // The candidate's first invoices need the coordinator too.
        invoiceTasks.completeApproval(claimKind(COORDINATOR, id, UserTask.INVOICE_APPROVAL_COORDINATOR),
                UserTask.INVOICE_APPROVAL_COORDINATOR, Decision.APPROVE, null, COORDINATOR);
    }

    private List<WorkItem> openTasks(Actor actor, long trajectoryId) {
        return workItems.openTo(actor).stream()
                .filter(w -> w.trajectoryId() != null && w.trajectoryId() == trajectoryId).toList();
    }

    private String claimKind(Actor actor, long trajectoryId, UserTask kind) {
        String taskId = openTasks(actor, trajectoryId).stream().filter(w -> w.taskKey().equals(kind.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + kind)).taskId();
        claims.claim(taskId, actor);
        return taskId;
    }

    private InvoiceDraft draft(long trajectoryId, String amount) {
        return TestCustomers.draft(customers, trajectoryId, "Fietsclub", "Onderhoud", amount, VatRate.TWENTY_ONE,
                COACH);
    }

    private long register(String coach) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        CandidateDetails details = new CandidateDetails("Wout", "Van den Broeck", "wout@example.be", null, null,
                null, null, LocalDate.of(1990, 1, 5), number, LocalDate.now(clock).minusDays(2), "Houten speelgoed");
        return start.register(details, coach, COORDINATOR).trajectoryId();
    }

    private Optional<WorkItem> claimableTask(Actor actor, long trajectoryId) {
        return workItems.everything(be.actraject.bpmn.task.WorklistScope.CLAIMABLE, actor).stream()
                .filter(w -> w.trajectoryId() != null && w.trajectoryId() == trajectoryId).findFirst();
    }

    /** The actor's open task of the trajectory, held or claimable. */
    private Optional<WorkItem> openTask(Actor actor, long trajectoryId) {
        return workItems.openTo(actor).stream()
                .filter(w -> w.trajectoryId() != null && w.trajectoryId() == trajectoryId).findFirst();
    }

    private String claim(Actor actor, long trajectoryId) {
        String taskId = openTask(actor, trajectoryId).orElseThrow().taskId();
        claims.claim(taskId, actor);
        return taskId;
    }

    private static java.util.Map<Competency, Integer> scores(int score) {
        java.util.Map<Competency, Integer> scores = new java.util.EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, score);
        }
        return scores;
    }

    private static ConversationReport report(LocalDate heldOn) {
        return new ConversationReport(heldOn, ConversationKind.IN_PERSON, "Het idee en de persoon", null, null,
                null);
    }
}
