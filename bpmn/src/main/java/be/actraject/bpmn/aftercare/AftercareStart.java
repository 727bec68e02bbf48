package be.actraject.bpmn.aftercare;

import be.actraject.workflow.Messages;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The trajectory's message to the aftercare model ({@code camunda:delegateExpression="${aftercareStart}"}): starts
 * the follow-up of the same trajectory, in the same transaction as the exit.
 */
@Component("aftercareStart")
public class AftercareStart implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(Messages.AFTERCARE_REQUESTED)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariable(Variables.TRAJECTORY_ID, execution.getVariable(Variables.TRAJECTORY_ID))
                .correlateStartMessage();
    }
}
