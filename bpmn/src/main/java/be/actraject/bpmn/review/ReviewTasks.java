package be.actraject.bpmn.review;

import be.actraject.bpmn.models.TaskScreenCatalog;
import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.Decisions;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The review steps coordinators add to a model themselves ({@code camunda:formKey="actraject:review"}): the person
 * who holds it approves or sends back, with a motivation kept in the dossier's decisions; the model routes on the
 * {@code decision} variable ({@code APPROVE} or {@code SEND_BACK}).
 */
@Service
public class ReviewTasks {

    private final TaskCompletion completion;
    private final Decisions decisions;

    public ReviewTasks(TaskCompletion completion, Decisions decisions) {
        this.completion = completion;
        this.decisions = decisions;
    }

    /** Whether the task is a review step served by the generic screen. */
    public boolean isReview(String taskId) {
        return TaskScreenCatalog.REVIEW.equals(completion.formKeyOf(taskId));
    }

    @Transactional
    public void complete(String taskId, String taskName, Decision decision, String motivation, Actor actor) {
        if (decision != Decision.APPROVE && decision != Decision.SEND_BACK) {
            throw new DecisionRequiredException();
        }
        completion.completeByFormKey(taskId, TaskScreenCatalog.REVIEW, actor, task -> {
            decisions.record(task.trajectoryId(), taskName, decision, null, motivation, actor);
            return Map.of(Variables.DECISION, decision.name());
        });
    }
}
