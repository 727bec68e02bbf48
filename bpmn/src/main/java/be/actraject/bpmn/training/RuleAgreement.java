package be.actraject.bpmn.training;

import be.actraject.domain.training.Enrolments;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The approval rule says the coach's enrolment suffices ({@code camunda:delegateExpression="${ruleAgreement}"}): the
 * enrolment is agreed without the coordinator.
 */
@Component("ruleAgreement")
public class RuleAgreement implements JavaDelegate {

    private final Enrolments enrolments;

    public RuleAgreement(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        enrolments.agreeByRule(((Number) execution.getVariable(Variables.ENROLMENT_ID)).longValue());
    }
}
