package be.actraject.bpmn.intake;

import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Completes the intake's tasks, each with the record its form makes, in one transaction with the engine. */
@Service
public class IntakeTasks {

    private final TaskCompletion completion;
    private final IndividualConversations conversations;
    private final DevelopmentPlans plans;

    public IntakeTasks(TaskCompletion completion, IndividualConversations conversations, DevelopmentPlans plans) {
        this.completion = completion;
        this.conversations = conversations;
        this.plans = plans;
    }

    @Transactional
    public void completeIndividualConversation(String taskId, ConversationReport report, Actor coach) {
        completion.complete(taskId, UserTask.INDIVIDUAL_CONVERSATION, coach, trajectoryId -> {
            conversations.record(trajectoryId, report, coach);
            return Map.of();
        });
    }

    @Transactional
    public void completePopCreation(String taskId, PlanDraft draft, Actor coach) {
        completion.complete(taskId, UserTask.POP_CREATION, coach, trajectoryId -> {
            plans.record(trajectoryId, draft, coach);
            return Map.of();
        });
    }
}
