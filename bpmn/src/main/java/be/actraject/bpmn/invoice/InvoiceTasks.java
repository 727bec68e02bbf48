package be.actraject.bpmn.invoice;

import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Messages;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Submitting invoices to their approval, and the tasks of that approval. */
@Service
public class InvoiceTasks {

    private static final Set<UserTask> APPROVALS =
            EnumSet.of(UserTask.INVOICE_APPROVAL_COACH, UserTask.INVOICE_APPROVAL_COORDINATOR);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskCompletion completion;
    private final Invoices invoices;
    private final Payments payments;

    public InvoiceTasks(RuntimeService runtime, TaskService tasks, TaskCompletion completion, Invoices invoices,
                        Payments payments) {
        this.payments = payments;
        this.runtime = runtime;
        this.tasks = tasks;
        this.completion = completion;
        this.invoices = invoices;
    }

    /** Records an invoice and hands it to the invoicing phase, which starts its approval. */
    @Transactional
    public Invoice submit(long trajectoryId, InvoiceDraft draft, Actor actor) {
        return toApproval(invoices.submit(trajectoryId, draft, actor));
    }

    /** As {@link #submit}, for the invoice an accepted quote becomes; the quote is marked in the same transaction. */
    @Transactional
    public Invoice submitFromQuote(long quoteId, InvoiceDraft draft, Actor actor) {
        return toApproval(invoices.submitFromQuote(quoteId, draft, actor));
    }

    /** Records a credit note for an issued invoice; it is approved and issued like an invoice. */
    @Transactional
    public Invoice submitCreditNote(long invoiceId, CreditNoteDraft draft, Actor actor) {
        return toApproval(invoices.submitCreditNote(invoiceId, draft, actor));
    }

    private Invoice toApproval(Invoice invoice) {
        runtime.createMessageCorrelation(Messages.INVOICE_SUBMITTED)
                .processInstanceBusinessKey(BusinessKeys.trajectory(invoice.getTrajectoryId()))
                .setVariablesLocal(Map.of(Variables.INVOICE_ID, invoice.getId()))
                .correlate();
        return invoice;
    }

    /** The office reminded the customer of an overdue invoice; the follow-up looks again after the interval. */
    @Transactional
    public void completeReminder(String taskId, String note, Actor office) {
        completion.complete(taskId, UserTask.PAYMENT_REMINDER, office, task -> {
            payments.reminded(task.longVariable(Variables.INVOICE_ID), note, office);
            return Map.of();
        });
    }

    /** Approves, or sends back with remarks (which are then required). */
    @Transactional
    public void completeApproval(String taskId, UserTask kind, Decision decision, String remarks, Actor actor) {
        if (!APPROVALS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is no approval");
        }
        if (decision != Decision.APPROVE && decision != Decision.SEND_BACK) {
            throw new DecisionRequiredException();
        }
        completion.complete(taskId, kind, actor, task -> {
            if (decision == Decision.SEND_BACK) {
                if (remarks == null || remarks.isBlank()) {
                    throw new MotivationRequiredException();
                }
                invoices.sendBack(task.longVariable(Variables.INVOICE_ID), remarks.strip(), actor);
            }
            return Map.of(Variables.DECISION, decision.name());
        });
    }

    @Transactional
    public void completeCorrection(String taskId, InvoiceDraft corrected, Actor coach) {
        completion.complete(taskId, UserTask.INVOICE_CORRECTION, coach, task -> {
            invoices.correct(task.longVariable(Variables.INVOICE_ID), corrected, coach);
            return Map.of();
        });
    }

    /**
     * Whether the approval rule could not decide (it failed, or gave no single yes or no) and so sent the task to
     * the coordinator: the screen says so. False for a task the rule sent on purpose, and for one without the mark.
     */
    @Transactional(readOnly = true)
    public boolean ruleFailed(String taskId) {
        return Boolean.TRUE.equals(tasks.getVariable(taskId, Variables.RULE_FAILED));
    }

    /** The invoice a task is about, for its screen; the caller has already checked the actor may see the task. */
    @Transactional(readOnly = true)
    public Invoice invoiceOf(String taskId, Actor actor) {
        Object id = tasks.getVariable(taskId, Variables.INVOICE_ID);
        if (!(id instanceof Number n)) {
            throw new TaskNotFoundException(taskId);
        }
        return invoices.invoice(n.longValue(), actor);
    }
}
