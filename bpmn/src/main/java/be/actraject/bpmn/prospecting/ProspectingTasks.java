package be.actraject.bpmn.prospecting;

import be.actraject.bpmn.task.DecisionTasks;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.Decision;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProspectingTasks {

    private final DecisionTasks decisions;

    public ProspectingTasks(DecisionTasks decisions) {
        this.decisions = decisions;
    }

    @Transactional
    public void completeReview(String taskId, Decision decision, String motivation, Actor coach) {
        decisions.decide(taskId, UserTask.PROSPECTING_REVIEW, decision, motivation, coach);
    }
}
