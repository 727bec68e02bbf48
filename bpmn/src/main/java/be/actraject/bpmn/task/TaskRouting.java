package be.actraject.bpmn.task;

import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who works on a coach's task. The models give coach tasks to the coach group; a task of a candidate who has a
 * coach goes straight to that coach (see {@link CaseloadTaskListener}), and when a coach takes a candidate on from
 * the pool, the candidate's other open tasks follow.
 */
@Component
class TaskRouting {

    private final TaskService tasks;

    TaskRouting(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Gives the trajectory's unassigned coach-group tasks to its new coach. */
    void assignOpenTasksToCoach(long trajectoryId, String coach) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId))
                .taskCandidateGroup(Role.COACH.groupId()).list()) {
            tasks.setAssignee(task.getId(), coach);
        }
    }

    boolean isPoolTask(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> Role.COACH.groupId().equals(l.getGroupId()));
    }
}
