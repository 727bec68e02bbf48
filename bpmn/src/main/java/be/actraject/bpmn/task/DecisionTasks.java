package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.decision.Decisions;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * What every decision task does: record the decision with its motivation in the dossier, and hand the models the
 * variables their gateways route on.
 */
@Service
public class DecisionTasks {

    private final TaskCompletion completion;
    private final Decisions decisions;

    public DecisionTasks(TaskCompletion completion, Decisions decisions) {
        this.completion = completion;
        this.decisions = decisions;
    }

    /** Completes a decision task that records nothing but the decision. */
    @Transactional
    public void decide(String taskId, UserTask kind, Decision decision, String motivation, Actor actor) {
        completion.complete(taskId, kind, actor, task -> record(task.trajectoryId(), kind, decision, null, motivation,
                actor));
    }

    /**
     * Records a decision in the caller's transaction, for task services that record more alongside it.
     *
     * @return the variables to complete the task with
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> record(long trajectoryId, UserTask kind, Decision decision, ExitType chosenExit,
                                      String motivation, Actor actor) {
        if (decision == null || !kind.decisions().contains(decision)) {
            throw new DecisionRequiredException();
        }
        if (decision == Decision.END && chosenExit == null) {
            throw new ExitTypeRequiredException();
        }
        ExitType exit = DecisionVariables.exitOf(kind, decision, chosenExit).orElse(null);
        decisions.record(trajectoryId, kind.key(), decision, exit, motivation, actor);
        return DecisionVariables.of(kind, decision, chosenExit, motivation);
    }
}
