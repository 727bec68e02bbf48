package be.actraject.bpmn.process;

import be.actraject.workflow.Decision;
import be.actraject.workflow.Messages;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** The paths inside the phase models that the trajectory tests do not take. */
class PhasePathsTest extends ProcessTestSupport {

    private ProcessInstance start(String phaseKey) {
        return engine.getRuntimeService().startProcessInstanceByKey(phaseKey, Long.toString(TRAJECTORY),
                Map.of(Variables.TRAJECTORY_ID, TRAJECTORY));
    }

    @Test
    void theIntakeAsksForConversationEntreSpiegelPopAndDecisionInThatOrder() {
        ProcessInstance intake = start(ProcessKeys.INTAKE);

        assertThat(intake).hasPassed(PhaseElements.ENTER_INTAKE).isWaitingAt(UserTask.INDIVIDUAL_CONVERSATION.key());
        complete(UserTask.INDIVIDUAL_CONVERSATION);
        assertThat(intake).isWaitingAt(UserTask.ENTRE_SPIEGEL.key());
        complete(UserTask.ENTRE_SPIEGEL);
        assertThat(intake).isWaitingAt(UserTask.POP_CREATION.key());
        complete(UserTask.POP_CREATION);
        assertThat(intake).isWaitingAt(UserTask.INTAKE_DECISION.key());
        decide(UserTask.INTAKE_DECISION, Decision.CONTINUE);

        assertThat(intake).isEnded().variables().containsEntry(Variables.PHASE_OUTCOME, "CONTINUE");
    }

    @Test
    void explorationConversationsComeAtTheSetFrequencyAndDoNotHoldThePhaseBack() {
        ProcessInstance exploration = start(ProcessKeys.EXPLORATION);
        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).isEmpty();

        moveClockTo(at(START.plusDays(14).plusMinutes(1)));
        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).hasSize(1);
        moveClockTo(at(START.plusDays(28).plusMinutes(2)));
        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).as("a second one, the first still open").hasSize(2);

        complete(UserTask.LEARNING_GROUP_PLACEMENT);
        decide(UserTask.EXPLORATION_REVIEW, Decision.CONTINUE);

        assertThat(exploration).isEnded().hasPassed(PhaseElements.EXPLORATION_END);
        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).as("closed with the phase").isEmpty();
    }

    @Test
    void prospectingCanBeExtendedBeforeInvoicingStarts() {
        ProcessInstance prospecting = start(ProcessKeys.PROSPECTING);

        decide(UserTask.PROSPECTING_REVIEW, Decision.EXTEND);
        assertThat(prospecting).isWaitingAt(UserTask.PROSPECTING_REVIEW.key());
        decide(UserTask.PROSPECTING_REVIEW, Decision.START_INVOICING);

        assertThat(prospecting).isEnded().variables().containsEntry(Variables.PHASE_OUTCOME, "CONTINUE");
    }

    @Test
    void prospectingConversationsComeEveryTwoWeeks() {
        start(ProcessKeys.PROSPECTING);

        moveClockTo(at(START.plusDays(14).plusMinutes(1)));

        assertThat(openTasks(UserTask.INDIVIDUAL_CONVERSATION)).hasSize(1);
    }

    @Test
    void theInvoicingPhaseCanBeExtendedAndEndsWithTheExit() {
        ProcessInstance invoicing = start(ProcessKeys.INVOICING);

        decide(UserTask.INVOICING_EXIT_DECISION, Decision.EXTEND);
        decide(UserTask.INVOICING_EXIT_DECISION, Decision.SALARIED);

        assertThat(invoicing).isEnded().variables().containsEntry(Variables.PHASE_OUTCOME, "EXIT")
                .containsEntry(Variables.EXIT_TYPE, "SALARIED");
    }

    @Test
    void theOfficeDrawsUpTheExtraEarningsStatementEveryMonth() {
        start(ProcessKeys.INVOICING);
        moveClockTo(at(LocalDateTime.of(2026, 2, 1, 5, 0)));
        assertThat(openTasks(UserTask.EXTRA_EARNINGS_STATEMENT)).isEmpty();

        moveClockTo(at(LocalDateTime.of(2026, 2, 1, 6, 1)));
        assertThat(task(UserTask.EXTRA_EARNINGS_STATEMENT).getDueDate()).isNotNull();
        complete(UserTask.EXTRA_EARNINGS_STATEMENT);
        moveClockTo(at(LocalDateTime.of(2026, 3, 1, 6, 1)));

        assertThat(openTasks(UserTask.EXTRA_EARNINGS_STATEMENT)).hasSize(1);
    }

    @Test
    void everySubmittedInvoiceGetsAnApprovalOfItsOwn() {
        start(ProcessKeys.INVOICING);

        submitInvoice(41L);
        submitInvoice(42L);

        assertThat(running(ProcessKeys.INVOICE_APPROVAL)).isEqualTo(2);
        assertThat(openTasks(UserTask.INVOICE_APPROVAL_COACH))
                .extracting(t -> engine.getTaskService().getVariable(t.getId(), Variables.INVOICE_ID))
                .containsExactlyInAnyOrder(41L, 42L);
    }

    @Test
    void invoicesCanOnlyBeSubmittedInTheInvoicingPhase() {
        start(ProcessKeys.PROSPECTING);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> submitInvoice(43L))
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
    }

    private void submitInvoice(long invoiceId) {
        engine.getRuntimeService().createMessageCorrelation(Messages.INVOICE_SUBMITTED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY))
                .setVariablesLocal(Map.of(Variables.INVOICE_ID, invoiceId))
                .correlate();
    }
}
