package be.actraject.bpmn.invoice;

import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Issues the approved invoice ({@code camunda:delegateExpression="${invoiceIssuer}"}) and keeps its number; an
 * invoice (not a credit note) then gets its payment follow-up ({@link ProcessKeys#INVOICE_PAYMENT}), started in the
 * same transaction, so an issue that rolls back leaves no follow-up behind.
 */
@Component("invoiceIssuer")
public class InvoiceIssuer implements JavaDelegate {

    private final InvoiceIssuing issuing;
    private final Invoices invoices;

    public InvoiceIssuer(InvoiceIssuing issuing, Invoices invoices) {
        this.issuing = issuing;
        this.invoices = invoices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long invoiceId = ((Number) execution.getVariable(Variables.INVOICE_ID)).longValue();
        execution.setVariable("invoiceNumber", issuing.issue(invoiceId));
        if (!invoices.isCreditNote(invoiceId)) {
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
                    ProcessKeys.INVOICE_PAYMENT, execution.getProcessBusinessKey(),
                    Map.of(Variables.TRAJECTORY_ID, execution.getVariable(Variables.TRAJECTORY_ID),
                            Variables.INVOICE_ID, invoiceId));
        }
    }
}
