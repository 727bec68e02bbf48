package be.actraject.bpmn.invoice;

import be.actraject.domain.invoice.InvoiceSettled;
import be.actraject.workflow.Messages;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a payment settles an invoice, its payment follow-up that waits at the reminder ends: otherwise the office's
 * "Klant herinneren aan betaling" stays in the worklist for an invoice that is paid. A plain (synchronous) listener,
 * so the task ends in the transaction that registers the payment. A follow-up still waiting for the due date takes
 * no message: it finds the invoice settled when the date comes.
 */
@Component
class PaymentFollowUpOnSettled {

    private final RuntimeService runtime;

    PaymentFollowUpOnSettled(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(InvoiceSettled settled) {
        runtime.createMessageCorrelation(Messages.INVOICE_SETTLED)
                .processInstanceVariableEquals(Variables.INVOICE_ID, settled.invoiceId())
                .correlateAllWithResult();
    }
}
