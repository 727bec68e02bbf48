package be.actraject.bpmn.task;

import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the creation of coach tasks ({@code delegateExpression="${caseloadTaskListener}"}): a candidate
 * who has a coach gets their tasks from that coach, so the task is assigned to them at once; otherwise it stays
 * with the coach group, where any coach may take the candidate on.
 * <p>
 * Assigning, rather than narrowing the candidates to the coach, is deliberate: the engine cannot remove a candidate
 * group in the listener of the task that has just been given it (the link is not yet stored when it looks).
 */
@Component("caseloadTaskListener")
class CaseloadTaskListener implements TaskListener {

    private final Caseload caseload;

    CaseloadTaskListener(Caseload caseload) {
        this.caseload = caseload;
    }

    @Override
    public void notify(DelegateTask task) {
        Number trajectoryId = (Number) task.getVariable(Variables.TRAJECTORY_ID);
        caseload.coachOf(trajectoryId.longValue()).ifPresent(task::setAssignee);
    }
}
