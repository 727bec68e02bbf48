package be.actraject.bpmn.invoice;

import be.actraject.bpmn.parameters.CooperativeTime;
import be.actraject.domain.invoice.Invoices;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * What the invoice models weigh, read fresh each time: the amount and the candidate's earlier invoices for the
 * decision table invoice-approval-rule; the due date and whether it is settled for the payment follow-up.
 */
@Component("invoiceFacts")
public class InvoiceFacts {

    private final Invoices invoices;
    private final CooperativeTime time;

    public InvoiceFacts(Invoices invoices, CooperativeTime time) {
        this.invoices = invoices;
        this.time = time;
    }

    public double amount(Number invoiceId) {
        return invoices.amount(invoiceId.longValue());
    }

    public int issuedCount(Number trajectoryId) {
        return invoices.issuedCount(trajectoryId.longValue());
    }

    /** The morning after the due date: from then on the invoice is overdue. */
    public Date dueAt(Number invoiceId) {
        return time.morningOf(invoices.dueOn(invoiceId.longValue()).plusDays(1));
    }

    /** Paid, or credited, in full. */
    public boolean settled(Number invoiceId) {
        return invoices.settled(invoiceId.longValue());
    }
}
