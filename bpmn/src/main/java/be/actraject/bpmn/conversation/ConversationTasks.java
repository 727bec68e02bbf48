package be.actraject.bpmn.conversation;

import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Completes an individual conversation task with its report, in whichever phase it was asked. */
@Service
public class ConversationTasks {

    private final TaskCompletion completion;
    private final IndividualConversations conversations;

    public ConversationTasks(TaskCompletion completion, IndividualConversations conversations) {
        this.completion = completion;
        this.conversations = conversations;
    }

    @Transactional
    public void complete(String taskId, ConversationReport report, Actor coach) {
        completion.complete(taskId, UserTask.INDIVIDUAL_CONVERSATION, coach, task -> {
            conversations.record(task.trajectoryId(), report, coach);
            return Map.of();
        });
    }
}
