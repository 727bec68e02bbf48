package be.actraject.bpmn.invoice;

import be.actraject.bpmn.models.SafeRuleDecision;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the table invoice-approval-rule whether the coordinator approves the invoice after the coach
 * ({@code camunda:delegateExpression="${invoiceApprovalDecision}"} on the rule task, whose input mapping gives the
 * table the amount and the invoices already issued). Sets {@code coordinatorApprovalRequired}, and {@code ruleFailed}
 * when the table could not decide: then the coordinator approves too, rather than the invoice failing.
 */
@Component("invoiceApprovalDecision")
public class InvoiceApprovalDecision implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        SafeRuleDecision.decide(execution, ProcessKeys.INVOICE_APPROVAL_RULE,
                Variables.COORDINATOR_APPROVAL_REQUIRED);
    }
}
