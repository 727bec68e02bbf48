package be.actraject.bpmn.process;

import be.actraject.workflow.Decision;
import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The paths through the invoice approval, the learning-group session and the aftercare. */
class SupportPathsTest extends ProcessTestSupport {

    private ProcessInstance submit(long invoiceId) {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.INVOICE_APPROVAL,
                Long.toString(TRAJECTORY), Map.of(Variables.TRAJECTORY_ID, TRAJECTORY, Variables.INVOICE_ID, invoiceId));
    }

    @Test
    void anOrdinaryInvoiceIsIssuedOnTheCoachsApprovalAlone() throws Exception {
        invoiceFacts.amount = 400;
        invoiceFacts.issued = 5;
        ProcessInstance approval = submit(41L);

        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

        assertThat(approval).isEnded().hasPassed(SupportElements.ISSUE_INVOICE)
                .hasNotPassed(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
        verify(invoiceIssuer).execute(any());
    }

    @Test
    void aLargeInvoiceNeedsTheCoordinatorToo() throws Exception {
        invoiceFacts.amount = 4000;
        invoiceFacts.issued = 5;
        ProcessInstance approval = submit(41L);

        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);
        assertThat(approval).isWaitingAt(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
        verify(invoiceIssuer, never()).execute(any());
        decide(UserTask.INVOICE_APPROVAL_COORDINATOR, Decision.APPROVE);

        assertThat(approval).isEnded().hasPassed(SupportElements.INVOICE_ISSUED);
        verify(invoiceIssuer).execute(any());
    }

    @Test
    void aCandidatesFirstInvoicesNeedTheCoordinatorToo() {
        invoiceFacts.amount = 100;
        invoiceFacts.issued = 0;
        ProcessInstance approval = submit(41L);

        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

        assertThat(approval).isWaitingAt(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
    }

    /** As an older version, deployed before the validator refused it: the shipped table with its rows rewritten. */
    private String deployedRule(java.util.function.UnaryOperator<String> change) throws Exception {
        String shipped = new String(getClass().getClassLoader()
                .getResourceAsStream("bpmn/invoice-approval-rule.dmn").readAllBytes(), StandardCharsets.UTF_8);
        String changed = change.apply(shipped);
        assertThat(changed).isNotEqualTo(shipped);
        return engine.getRepositoryService().createDeployment()
                .addString("invoice-approval-rule.dmn", changed).deploy().getId();
    }

    @Test
    void anOverlappingUniqueRuleMeansTheCoordinatorApprovesTooInsteadOfFailingTheInvoice() throws Exception {
        // UNIQUE, and an invoice of 400 after five others matches only the catch-all... and [100..500] → true.
        String broken = deployedRule(shipped -> shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")
                .replace("<text>&gt; 2500</text>", "<text>[100..500]</text>"));
        try {
            invoiceFacts.amount = 400;
            invoiceFacts.issued = 5;
            ProcessInstance approval = submit(41L);

            assertThat(approval).isWaitingAt(UserTask.INVOICE_APPROVAL_COACH.key());
            decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

            assertThat(approval).isWaitingAt(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
            assertThat(engine.getRuntimeService().getVariable(approval.getId(), Variables.RULE_FAILED))
                    .isEqualTo(true);
            verify(invoiceIssuer, never()).execute(any());
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void aRuleGivingSeveralAnswersMeansTheCoordinatorApprovesToo() throws Exception {
        // COLLECT: the first-invoices row's true and the catch-all's false — DMN-01011 under singleEntry.
        String broken = deployedRule(shipped -> shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\""));
        try {
            invoiceFacts.amount = 100;
            invoiceFacts.issued = 0;
            ProcessInstance approval = submit(41L);

            decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

            assertThat(approval).isWaitingAt(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
            assertThat(engine.getRuntimeService().getVariable(approval.getId(), Variables.RULE_FAILED))
                    .isEqualTo(true);
        } finally {
            engine.getRepositoryService().deleteDeployment(broken, true);
        }
    }

    @Test
    void aRuleAnsweringNoLetsTheCoachAloneApprove() throws Exception {
        String changed = deployedRule(shipped -> shipped.replace("<text>&gt; 2500</text>", "<text>&gt; 5000</text>"));
        try {
            invoiceFacts.amount = 4000;
            invoiceFacts.issued = 5;
            ProcessInstance approval = submit(41L);

            decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

            assertThat(approval).isEnded().hasPassed(SupportElements.ISSUE_INVOICE)
                    .hasNotPassed(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(approval.getId()).variableName(Variables.RULE_FAILED).singleResult()
                    .getValue()).isEqualTo(false);
        } finally {
            engine.getRepositoryService().deleteDeployment(changed, true);
        }
    }

    @Test
    void anInvoiceSentBackIsCorrectedAndApprovedAgainOnItsNewAmount() throws Exception {
        invoiceFacts.amount = 4000;
        invoiceFacts.issued = 5;
        ProcessInstance approval = submit(41L);

        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.SEND_BACK);
        assertThat(approval).isWaitingAt(UserTask.INVOICE_CORRECTION.key());
        invoiceFacts.amount = 2000;
        complete(UserTask.INVOICE_CORRECTION);
        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

        assertThat(approval).isEnded().hasNotPassed(UserTask.INVOICE_APPROVAL_COORDINATOR.key());
        verify(invoiceIssuer, times(1)).execute(any());
    }

    @Test
    void theCoordinatorCanSendAnInvoiceBackToo() {
        invoiceFacts.amount = 4000;
        ProcessInstance approval = submit(41L);
        decide(UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE);

        decide(UserTask.INVOICE_APPROVAL_COORDINATOR, Decision.SEND_BACK);

        assertThat(approval).isWaitingAt(UserTask.INVOICE_CORRECTION.key());
    }

    private ProcessInstance issued(long invoiceId) {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.INVOICE_PAYMENT,
                Long.toString(TRAJECTORY), Map.of(Variables.TRAJECTORY_ID, TRAJECTORY, Variables.INVOICE_ID, invoiceId));
    }

    @Test
    void anInvoicePaidBeforeItsDueDateAsksNothingOfTheOffice() {
        ProcessInstance payment = issued(41L);
        assertThat(payment).isWaitingAt(SupportElements.PAYMENT_DUE);
        invoiceFacts.settled = true;

        moveClockTo(invoiceFacts.dueAt);

        assertThat(payment).isEnded().hasPassed(SupportElements.INVOICE_SETTLED)
                .hasNotPassed(UserTask.PAYMENT_REMINDER.key());
    }

    @Test
    void anOverdueInvoiceIsRemindedAgainAfterEachIntervalUntilItIsPaid() {
        ProcessInstance payment = issued(41L);
        moveClockTo(plus(invoiceFacts.dueAt, java.time.Period.ofDays(-1)));
        assertThat(payment).isWaitingAt(SupportElements.PAYMENT_DUE);

        moveClockTo(invoiceFacts.dueAt);
        assertThat(payment).isWaitingAt(UserTask.PAYMENT_REMINDER.key());
        assertThat(task(UserTask.PAYMENT_REMINDER)).hasCandidateGroup("office");
        complete(UserTask.PAYMENT_REMINDER);
        assertThat(payment).isWaitingAt(SupportElements.REMINDER_INTERVAL);

        moveClockTo(plus(invoiceFacts.dueAt, java.time.Period.ofDays(14)));
        assertThat(payment).isWaitingAt(UserTask.PAYMENT_REMINDER.key());
        complete(UserTask.PAYMENT_REMINDER);
        invoiceFacts.settled = true;
        moveClockTo(plus(invoiceFacts.dueAt, java.time.Period.ofDays(28)));

        assertThat(payment).isEnded().hasPassed(SupportElements.INVOICE_SETTLED);
    }

    /** The tester's minor 13: "Klant herinneren aan betaling" stayed open after the invoice was paid. */
    @Test
    void aPaymentThatSettlesTheInvoiceWhileTheReminderWaitsEndsTheReminder() {
        ProcessInstance payment = issued(42L);
        ProcessInstance other = issued(43L);
        moveClockTo(invoiceFacts.dueAt);
        assertThat(payment).isWaitingAt(UserTask.PAYMENT_REMINDER.key());

        engine.getRuntimeService().createMessageCorrelation(Messages.INVOICE_SETTLED)
                .processInstanceVariableEquals(Variables.INVOICE_ID, 42L).correlateAllWithResult();

        assertThat(payment).isEnded().hasPassed(SupportElements.SETTLED_WHILE_REMINDING)
                .hasNotPassed(SupportElements.REMINDER_INTERVAL);
        assertThat(other).as("another invoice's reminder").isWaitingAt(UserTask.PAYMENT_REMINDER.key());
    }

    @Test
    void theAttendanceOfASessionIsAskedOnceItIsOver() {
        ProcessInstance session = engine.getRuntimeService().startProcessInstanceByKey(
                ProcessKeys.LEARNING_GROUP_SESSION, "session-3", Map.of(Variables.SESSION_ID, 3L));
        assertThat(session).isWaitingAt(SupportElements.SESSION_HELD);

        moveClockTo(at(START.plusHours(2).plusMinutes(1)));
        assertThat(session).isWaitingAt(UserTask.SESSION_ATTENDANCE.key());
        verify(sessionListener).notify(any());
        complete(UserTask.SESSION_ATTENDANCE);

        assertThat(session).isEnded().hasPassed(SupportElements.ATTENDANCE_REGISTERED);
    }

    @Test
    void theAftercareAsksForEveryFollowUpOfTheScheduleInTurn() {
        ProcessInstance aftercare = engine.getRuntimeService().createMessageCorrelation(Messages.AFTERCARE_REQUESTED)
                .processInstanceBusinessKey(Long.toString(TRAJECTORY))
                .setVariable(Variables.TRAJECTORY_ID, TRAJECTORY)
                .correlateStartMessage();

        for (int months : new int[]{3, 6, 12}) {
            moveClockTo(at(START.plusMonths(months).minusDays(1)));
            assertThat(openTasks(UserTask.AFTERCARE_FOLLOW_UP)).as("before " + months + " months").isEmpty();
            moveClockTo(at(START.plusMonths(months).plusMinutes(1)));
            assertThat(engine.getTaskService().getVariable(task(UserTask.AFTERCARE_FOLLOW_UP).getId(),
                    Variables.FOLLOW_UP_OFFSET)).isEqualTo("P" + months + "M");
            complete(UserTask.AFTERCARE_FOLLOW_UP);
        }

        assertThat(aftercare).isEnded().hasPassed(SupportElements.AFTERCARE_END);
    }
}
