package be.actraject.bpmn.task;

import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the creation of coach tasks ({@code delegateExpression="${caseloadTaskListener}"}): gives the
 * task to the trajectory's coach when it has one; otherwise it stays with the coach group, where any coach may
 * take the candidate on.
 */
@Component("caseloadTaskListener")
class CaseloadTaskListener implements TaskListener {

    private final Caseload caseload;
    private final TaskRouting routing;

    CaseloadTaskListener(Caseload caseload, TaskRouting routing) {
        this.caseload = caseload;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        Number trajectoryId = (Number) task.getVariable(Variables.TRAJECTORY_ID);
        caseload.coachOf(trajectoryId.longValue()).ifPresent(coach -> routing.narrowToCoach(task, coach));
    }
}
