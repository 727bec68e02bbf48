package be.actraject.bpmn.training;

import be.actraject.bpmn.task.DecisionRequiredException;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.bpmn.task.TaskNotFoundException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Enrolments;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's task "Opleiding goedkeuren": agreeing to, or refusing with a reason, an enrolment in a module that
 * costs money. The decision is written through {@link Enrolments#decide} in the transaction that completes the task,
 * so the enrolment and its process never disagree.
 */
@Service
public class TrainingApprovalTasks {

    private final TaskService tasks;
    private final TaskCompletion completion;
    private final Enrolments enrolments;

    public TrainingApprovalTasks(TaskService tasks, TaskCompletion completion, Enrolments enrolments) {
        this.tasks = tasks;
        this.completion = completion;
        this.enrolments = enrolments;
    }

    /**
     * @throws DecisionRequiredException for a decision other than agree or refuse
     * @throws be.actraject.domain.decision.MotivationRequiredException for a refusal without a reason
     */
    @Transactional
    public void complete(String taskId, Decision decision, String reason, Actor coordinator) {
        if (decision != Decision.AGREE && decision != Decision.REFUSE) {
            throw new DecisionRequiredException();
        }
        completion.complete(taskId, UserTask.TRAINING_APPROVAL, coordinator, task -> {
            enrolments.decide(task.longVariable(Variables.ENROLMENT_ID), decision == Decision.AGREE, reason,
                    coordinator);
            return Map.of(Variables.DECISION, decision.name());
        });
    }

    /**
     * Whether the approval rule could not decide (it failed, or gave no single yes or no) and so sent the task to
     * the coordinator: the screen says so. False for a task the rule sent on purpose, and for one without the mark.
     */
    @Transactional(readOnly = true)
    public boolean ruleFailed(String taskId) {
        return Boolean.TRUE.equals(tasks.getVariable(taskId, Variables.RULE_FAILED));
    }

    /** The enrolment a task is about, for its screen; the caller has already checked the actor may see the task. */
    @Transactional(readOnly = true)
    public Enrolment enrolmentOf(String taskId) {
        Object id = tasks.getVariable(taskId, Variables.ENROLMENT_ID);
        if (!(id instanceof Number n)) {
            throw new TaskNotFoundException(taskId);
        }
        return enrolments.get(n.longValue());
    }

    /** The open approval task of each of these enrolments that waits at the coordinator, by enrolment id. */
    @Transactional(readOnly = true)
    public Map<Long, String> openTasks(Collection<Long> enrolmentIds) {
        Map<Long, String> open = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return open;
        }
        List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.TRAINING_ENROLMENT)
                .taskDefinitionKey(UserTask.TRAINING_APPROVAL.key()).active().list();
        for (Task task : waiting) {
            if (tasks.getVariable(task.getId(), Variables.ENROLMENT_ID) instanceof Number n
                    && enrolmentIds.contains(n.longValue())) {
                open.put(n.longValue(), task.getId());
            }
        }
        return open;
    }
}
