package be.actraject.bpmn.aftercare;

import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.Situation;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

@Service
public class AftercareTasks {

    private final TaskCompletion completion;
    private final AftercareContacts contacts;

    public AftercareTasks(TaskCompletion completion, AftercareContacts contacts) {
        this.completion = completion;
        this.contacts = contacts;
    }

    @Transactional
    public void completeFollowUp(String taskId, LocalDate contactedOn, Situation situation, LocalDate since,
                                 String note, Actor coach) {
        completion.complete(taskId, UserTask.AFTERCARE_FOLLOW_UP, coach, task -> {
            contacts.record(task.trajectoryId(), (String) task.variable(Variables.FOLLOW_UP_OFFSET), contactedOn,
                    situation, since, note, coach);
            return Map.of();
        });
    }
}
