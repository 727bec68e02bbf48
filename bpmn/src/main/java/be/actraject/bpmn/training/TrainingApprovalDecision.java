package be.actraject.bpmn.training;

import be.actraject.bpmn.models.SafeRuleDecision;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the table training-approval-rule whether the coordinator must agree to the enrolment
 * ({@code camunda:delegateExpression="${trainingApprovalDecision}"} on the rule task, whose input mapping gives the
 * table its cost, payer and phase). Sets {@code coordinatorAgreementRequired}, and {@code ruleFailed} when the table
 * could not decide: then the coordinator agrees or refuses, rather than the coach getting an error.
 */
@Component("trainingApprovalDecision")
public class TrainingApprovalDecision implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        SafeRuleDecision.decide(execution, ProcessKeys.TRAINING_APPROVAL_RULE,
                Variables.COORDINATOR_AGREEMENT_REQUIRED);
    }
}
