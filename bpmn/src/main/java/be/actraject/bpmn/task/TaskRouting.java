package be.actraject.bpmn.task;

import be.actraject.workflow.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may claim a coach's task. The models give coach tasks to the coach group; once a trajectory has a coach,
 * its tasks go to that coach alone, so that colleagues neither see nor take another coach's candidates.
 */
@Component
class TaskRouting {

    private final TaskService tasks;

    TaskRouting(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Narrows a task being created to the coach, when the model gave it to the coach group. */
    void narrowToCoach(DelegateTask task, String coach) {
        boolean forCoaches = task.getCandidates().stream()
                .anyMatch(l -> Role.COACH.groupId().equals(l.getGroupId()));
        if (forCoaches) {
            task.deleteCandidateGroup(Role.COACH.groupId());
            task.addCandidateUser(coach);
        }
    }

    /** Narrows the open coach-group tasks of a trajectory to its coach, once one has taken it on. */
    void narrowOpenTasksToCoach(long trajectoryId, String coach) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectoryId))
                .taskCandidateGroup(Role.COACH.groupId()).includeAssignedTasks().list()) {
            tasks.deleteCandidateGroup(task.getId(), Role.COACH.groupId());
            tasks.addCandidateUser(task.getId(), coach);
        }
    }

    boolean isPoolTask(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> Role.COACH.groupId().equals(l.getGroupId()));
    }
}
