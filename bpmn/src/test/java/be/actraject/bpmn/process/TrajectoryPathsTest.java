package be.actraject.bpmn.process;

import be.actraject.bpmn.task.DecisionVariables;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDateTime;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The paths through the trajectory model, one test each. */
class TrajectoryPathsTest extends ProcessTestSupport {

    @Test
    void theHappyPathLeadsThroughAllFourPhasesToSelfEmployedAndStartsTheAftercare() {
        ProcessInstance trajectory = startTrajectory();
        assertThat(limits.opened).containsExactly("PRE_INVOICING");

        completeIntake();
        completeExploration();
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);
        assertThat(limits.opened).containsExactly("PRE_INVOICING", "INVOICING");
        decide(UserTask.INVOICING_EXIT_DECISION, Decision.SELF_EMPLOYED);

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.RECORD_EXIT,
                TrajectoryElements.AFTERCARE_REQUESTED, TrajectoryElements.END);
        var order = inOrder(phases, exits);
        order.verify(phases).enter(TRAJECTORY, "INTAKE");
        order.verify(phases).enter(TRAJECTORY, "EXPLORATION");
        order.verify(phases).enter(TRAJECTORY, "PROSPECTING");
        order.verify(phases).enter(TRAJECTORY, "INVOICING");
        order.verify(exits).record(TRAJECTORY, "SELF_EMPLOYED", "because SELF_EMPLOYED");
        assertThat(running(ProcessKeys.AFTERCARE)).isEqualTo(1);
    }

    @Test
    void joiningAnEntrepreneursCooperativeAtTheExitDecisionEndsWithThatExitAndStartsTheAftercare() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        completeExploration();
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);

        decide(UserTask.INVOICING_EXIT_DECISION, Decision.JOIN_COOPERATIVE);

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.RECORD_EXIT,
                TrajectoryElements.AFTERCARE_REQUESTED, TrajectoryElements.END);
        verify(exits).record(TRAJECTORY, "JOINED_COOPERATIVE", "because JOIN_COOPERATIVE");
        assertThat(running(ProcessKeys.AFTERCARE)).isEqualTo(1);
    }

    @Test
    void aReorientationAfterTheIntakeEndsTheTrajectoryAndStartsTheAftercare() {
        ProcessInstance trajectory = startTrajectory();
        complete(UserTask.INDIVIDUAL_CONVERSATION);
        complete(UserTask.ENTRE_SPIEGEL);
        complete(UserTask.POP_CREATION);

        decide(UserTask.INTAKE_DECISION, Decision.REORIENT);

        assertThat(trajectory).isEnded().hasNotPassed(TrajectoryElements.CALL_EXPLORATION);
        verify(exits).record(TRAJECTORY, "REORIENTED", "because REORIENT");
        verify(phases, never()).enter(TRAJECTORY, "EXPLORATION");
        assertThat(running(ProcessKeys.AFTERCARE)).isEqualTo(1);
    }

    @Test
    void aReorientationAtTheExplorationReviewEndsTheTrajectory() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        complete(UserTask.LEARNING_GROUP_PLACEMENT);

        decide(UserTask.EXPLORATION_REVIEW, Decision.REORIENT);

        assertThat(trajectory).isEnded().hasNotPassed(TrajectoryElements.CALL_PROSPECTING);
        verify(exits).record(TRAJECTORY, "REORIENTED", "because REORIENT");
    }

    @Test
    void aStopDuringTheExplorationInterruptsItAndAsksForTheExitRegistration() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        assertThat(task(UserTask.LEARNING_GROUP_PLACEMENT)).isNotNull();

        engine.getRuntimeService().createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY)).correlate();

        assertThat(running(ProcessKeys.EXPLORATION)).isZero();
        assertThat(openTasks(UserTask.LEARNING_GROUP_PLACEMENT)).isEmpty();
        assertThat(trajectory).isWaitingAt(UserTask.EXIT_REGISTRATION.key());
        complete(UserTask.EXIT_REGISTRATION, DecisionVariables.exitRegistration(ExitType.STOPPED, "moved abroad"));

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.STOPPED_BEFORE_INVOICING)
                .hasNotPassed(TrajectoryElements.AFTERCARE_REQUESTED);
        verify(exits).record(TRAJECTORY, "STOPPED", "moved abroad");
        assertThat(running(ProcessKeys.AFTERCARE)).isZero();
    }

    @Test
    void aStopWhileInvoicingInterruptsTheInvoicingPhase() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        completeExploration();
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);

        engine.getRuntimeService().createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY)).correlate();
        complete(UserTask.EXIT_REGISTRATION, DecisionVariables.exitRegistration(ExitType.SALARIED, "found a job"));

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.STOPPED_WHILE_INVOICING);
        assertThat(running(ProcessKeys.INVOICING)).isZero();
        verify(exits).record(TRAJECTORY, "SALARIED", "found a job");
    }

    @ParameterizedTest
    @EnumSource(ExitType.class)
    void everyExitButStoppedStartsTheAftercare(ExitType exit) {
        ProcessInstance trajectory = startTrajectory();
        engine.getRuntimeService().createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY)).correlate();

        complete(UserTask.EXIT_REGISTRATION, DecisionVariables.exitRegistration(exit, "reason"));

        assertThat(trajectory).isEnded();
        verify(exits).record(TRAJECTORY, exit.name(), "reason");
        assertThat(running(ProcessKeys.AFTERCARE)).isEqualTo(exit == ExitType.STOPPED ? 0 : 1);
    }

    @Test
    void aStopMessageForAnEndedTrajectoryIsRefused() {
        startTrajectory();
        complete(UserTask.INDIVIDUAL_CONVERSATION);
        complete(UserTask.ENTRE_SPIEGEL);
        complete(UserTask.POP_CREATION);
        decide(UserTask.INTAKE_DECISION, Decision.REORIENT);

        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY)).correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void theCoachIsWarnedAMonthBeforeThePreInvoicingLimit() {
        startTrajectory();
        moveClockTo(at(START.plusMonths(5).minusDays(1)));
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_WARNING)).isEmpty();

        moveClockTo(at(START.plusMonths(5).plusHours(1)));

        assertThat(task(UserTask.PRE_INVOICING_LIMIT_WARNING).getDueDate()).isEqualTo(at(START.plusMonths(6)));
        complete(UserTask.PRE_INVOICING_LIMIT_WARNING);
        assertThat(task(UserTask.INDIVIDUAL_CONVERSATION)).as("the trajectory goes on").isNotNull();
    }

    @Test
    void atTheSixMonthLimitTheCoordinatorExtendsAndThenEndsTheTrajectory() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        moveClockTo(at(START.plusMonths(6).plusHours(1)));
        assertThat(task(UserTask.LEARNING_GROUP_PLACEMENT)).as("the phase goes on while the coordinator decides")
                .isNotNull();

        limits.extend("PRE_INVOICING", Period.ofMonths(1));
        decide(UserTask.PRE_INVOICING_LIMIT_ESCALATION, Decision.EXTEND);
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_ESCALATION)).isEmpty();
        moveClockTo(at(START.plusMonths(7).minusDays(1)));
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_ESCALATION)).isEmpty();

        moveClockTo(at(START.plusMonths(7).plusHours(1)));
        endAtLimit(UserTask.PRE_INVOICING_LIMIT_ESCALATION, ExitType.REORIENTED);

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.LIMIT_ENDED_BEFORE_INVOICING);
        assertThat(running(ProcessKeys.EXPLORATION)).isZero();
        verify(exits).record(TRAJECTORY, "REORIENTED", "limit reached");
        assertThat(running(ProcessKeys.AFTERCARE)).isEqualTo(1);
    }

    @Test
    void theTwelveMonthLimitOfTheInvoicingPhaseCountsFromItsStart() {
        ProcessInstance trajectory = startTrajectory();
        completeIntake();
        completeExploration();
        LocalDateTime invoicingStart = START.plusMonths(4);
        moveClockTo(at(invoicingStart));
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_ESCALATION)).isEmpty();

        moveClockTo(at(invoicingStart.plusMonths(11).plusHours(1)));
        assertThat(openTasks(UserTask.INVOICING_LIMIT_WARNING)).hasSize(1);
        assertThat(openTasks(UserTask.INVOICING_LIMIT_ESCALATION)).isEmpty();

        moveClockTo(at(invoicingStart.plusMonths(12).plusHours(1)));
        endAtLimit(UserTask.INVOICING_LIMIT_ESCALATION, ExitType.SELF_EMPLOYED);

        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.LIMIT_ENDED_WHILE_INVOICING);
        assertThat(running(ProcessKeys.INVOICING)).isZero();
        verify(exits).record(TRAJECTORY, "SELF_EMPLOYED", "limit reached");
    }

    @Test
    void thePreInvoicingLimitNoLongerRunsOnceInvoicingHasBegun() {
        startTrajectory();
        completeIntake();
        completeExploration();
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);

        moveClockTo(at(START.plusMonths(7)));

        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_WARNING)).isEmpty();
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_ESCALATION)).isEmpty();
        verify(exits, never()).record(eq(TRAJECTORY), anyString(), anyString());
    }

    @Test
    void anOpenWarningDoesNotHoldTheTrajectoryBack() {
        ProcessInstance trajectory = startTrajectory();
        moveClockTo(at(START.plusMonths(5).plusHours(1)));
        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_WARNING)).hasSize(1);

        completeIntake();
        completeExploration();
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);

        assertThat(openTasks(UserTask.PRE_INVOICING_LIMIT_WARNING)).isEmpty();
        assertThat(trajectory).isWaitingAt(TrajectoryElements.CALL_INVOICING);
    }
}
