package be.actraject.bpmn.group;

import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Assigns the attendance task of a session to the coach of its group ({@code ${sessionTaskListener}}). */
@Component("sessionTaskListener")
class SessionTaskListener implements TaskListener {

    private final LearningGroups groups;

    SessionTaskListener(LearningGroups groups) {
        this.groups = groups;
    }

    @Override
    public void notify(DelegateTask task) {
        Number sessionId = (Number) task.getVariable(Variables.SESSION_ID);
        String coach = groups.session(sessionId.longValue()).getGroup().getCoach();
        task.setAssignee(coach);
    }
}
