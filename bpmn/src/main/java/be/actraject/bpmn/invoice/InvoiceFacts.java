package be.actraject.bpmn.invoice;

import be.actraject.domain.invoice.Invoices;
import org.springframework.stereotype.Component;

/** What the decision table invoice-approval-rule weighs, read fresh each time the rule runs. */
@Component("invoiceFacts")
public class InvoiceFacts {

    private final Invoices invoices;

    public InvoiceFacts(Invoices invoices) {
        this.invoices = invoices;
    }

    public double amount(Number invoiceId) {
        return invoices.amount(invoiceId.longValue());
    }

    public int issuedCount(Number trajectoryId) {
        return invoices.issuedCount(trajectoryId.longValue());
    }
}
