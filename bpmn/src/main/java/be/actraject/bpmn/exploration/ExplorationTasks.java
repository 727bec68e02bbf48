package be.actraject.bpmn.exploration;

import be.actraject.bpmn.task.DecisionTasks;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.Decision;
import be.actraject.workflow.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

@Service
public class ExplorationTasks {

    private final TaskCompletion completion;
    private final DecisionTasks decisions;
    private final LearningGroups groups;
    private final Deliverables deliverables;

    public ExplorationTasks(TaskCompletion completion, DecisionTasks decisions, LearningGroups groups,
                            Deliverables deliverables) {
        this.completion = completion;
        this.decisions = decisions;
        this.groups = groups;
        this.deliverables = deliverables;
    }

    /** Places the candidate in an existing group. */
    @Transactional
    public void placeInGroup(String taskId, long groupId, Actor coordinator) {
        completion.complete(taskId, UserTask.LEARNING_GROUP_PLACEMENT, coordinator, task -> {
            groups.place(task.trajectoryId(), groupId, coordinator);
            return Map.of();
        });
    }

    /** Starts a new group, led by the given coach, and places the candidate in it. */
    @Transactional
    public void placeInNewGroup(String taskId, String groupName, String coach, Actor coordinator) {
        completion.complete(taskId, UserTask.LEARNING_GROUP_PLACEMENT, coordinator, task -> {
            long groupId = groups.create(groupName, coach, coordinator).getId();
            groups.place(task.trajectoryId(), groupId, coordinator);
            return Map.of();
        });
    }

    @Transactional
    public void completeReview(String taskId, List<DeliverableUpdate> updates, Decision decision, String motivation,
                               Actor coach) {
        completion.complete(taskId, UserTask.EXPLORATION_REVIEW, coach, task -> {
            deliverables.update(task.trajectoryId(), updates, coach);
            return decisions.record(task.trajectoryId(), UserTask.EXPLORATION_REVIEW, decision, null, motivation,
                    coach);
        });
    }
}
