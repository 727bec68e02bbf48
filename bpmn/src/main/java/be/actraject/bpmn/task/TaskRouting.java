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

    /** A task-local variable the code keeps; no model reads it. */
    static final String TAKEN_FROM_POOL = "takenFromPool";

    private final TaskService tasks;

    TaskRouting(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Gives the trajectory's unassigned coach-group tasks to its new coach; they were in the pool until now. */
    void assignOpenTasksToCoach(long trajectoryId, String coach) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId))
                .taskCandidateGroup(Role.COACH.groupId()).list()) {
            tasks.setAssignee(task.getId(), coach);
            markTakenFromPool(task.getId());
        }
    }

    /**
     * Notes on the task that it was in the pool — where every coach saw it — until a coach took its candidate on, so
     * that a colleague who claims it a moment later may be told who has it. A task made after the candidate had a
     * coach has no such note: someone outside the caseload never saw it and is not told who holds it.
     */
    void markTakenFromPool(String taskId) {
        tasks.setVariableLocal(taskId, TAKEN_FROM_POOL, Boolean.TRUE);
    }

    boolean wasTakenFromPool(String taskId) {
        return Boolean.TRUE.equals(tasks.getVariableLocal(taskId, TAKEN_FROM_POOL));
    }

    boolean isPoolTask(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(l -> Role.COACH.groupId().equals(l.getGroupId()));
    }
}
