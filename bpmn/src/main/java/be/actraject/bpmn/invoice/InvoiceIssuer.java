package be.actraject.bpmn.invoice;

import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues the approved invoice ({@code camunda:delegateExpression="${invoiceIssuer}"}) and keeps its number. */
@Component("invoiceIssuer")
public class InvoiceIssuer implements JavaDelegate {

    private final InvoiceIssuing issuing;

    public InvoiceIssuer(InvoiceIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number invoiceId = (Number) execution.getVariable(Variables.INVOICE_ID);
        execution.setVariable("invoiceNumber", issuing.issue(invoiceId.longValue()));
    }
}
