package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.Payments;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tester's minor 13 through the whole stack: the office's "Klant herinneren aan betaling" waits for an overdue
 * invoice; a part payment leaves it waiting, the payment that settles the invoice ends it with its follow-up — and so
 * does a credit note for what is left.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-screens;DB_CLOSE_DELAY=-1")
class PaymentEndsReminderTest {

    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    Clock clock;

    @Test
    void thePaymentThatSettlesTheInvoiceEndsTheWaitingReminder() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Rita", "Herinnering")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(candidate, "Drukkerij Herinnering", "coach");
        long invoiceId = invoicing.issuedInvoice(candidate, customer, "Drukkerij Herinnering", "100.00", "coach");
        ProcessInstance followUp = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.INVOICE_PAYMENT)
                .variableValueEquals(Variables.INVOICE_ID, invoiceId).singleResult();
        // The due date comes: its timer fires now rather than in thirty days.
        management.executeJob(management.createJobQuery().processInstanceId(followUp.getId()).singleResult().getId());
        assertThat(reminders(followUp)).isEqualTo(1);

        Payments payments = context.getBean(Payments.class);
        LocalDate today = LocalDate.now(clock);
        payments.register(invoiceId, today, new BigDecimal("21.00"), "Voorschot", OFFICE);
        assertThat(reminders(followUp)).as("still 100,00 open").isEqualTo(1);

        BigDecimal total = context.getBean(InvoiceRepository.class).findById(invoiceId).orElseThrow().total();
        payments.register(invoiceId, today, total.subtract(new BigDecimal("21.00")), "Saldo", OFFICE);

        assertThat(reminders(followUp)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count()).isZero();
    }

    @Test
    void aCreditNoteForWhatIsLeftEndsTheWaitingReminder() {
        TestTrajectory candidate = new TestTrajectories(context).candidate("Rik", "Creditnota")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customer = invoicing.business(candidate, "Drukkerij Creditnota", "coach");
        long invoiceId = invoicing.issuedInvoice(candidate, customer, "Drukkerij Creditnota", "100.00", "coach");
        ProcessInstance followUp = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.INVOICE_PAYMENT)
                .variableValueEquals(Variables.INVOICE_ID, invoiceId).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(followUp.getId()).singleResult().getId());
        assertThat(reminders(followUp)).isEqualTo(1);

        invoicing.issuedCreditNote(candidate, invoiceId, "40.00", "coach");
        assertThat(reminders(followUp)).as("60,00 of the 100,00 still to pay").isEqualTo(1);
        invoicing.issuedCreditNote(candidate, invoiceId, "60.00", "coach");

        assertThat(reminders(followUp)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count()).isZero();
    }

    private long reminders(ProcessInstance followUp) {
        return tasks.createTaskQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey(UserTask.PAYMENT_REMINDER.key()).count();
    }
}
