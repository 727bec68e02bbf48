package be.actraject.bpmn.models;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one process instance has pending at a moment: its timer jobs and its open user tasks, by id. Taken before and
 * after a migration (in the same transaction) to tell what the migration created and cancelled.
 *
 * @param timers timer job id → the timer
 * @param tasks  task id → the task
 */
record InstanceWork(Map<String, Timer> timers, Map<String, OpenTask> tasks) {

    /** A timer job: the event it triggers (activity id) and when it is due. */
    record Timer(String id, String activityId, Date dueDate) {
    }

    /** An open user task: its definition key (the activity id) and name. */
    record OpenTask(String id, String activityId, String name) {
    }

    static InstanceWork of(String processInstanceId, ManagementService management, TaskService tasks) {
        Map<String, Timer> timers = new LinkedHashMap<>();
        Map<String, String> activities = new HashMap<>();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            // A job names its event through its job definition (the entity's own getter needs an engine command).
            if (!activities.containsKey(job.getJobDefinitionId())) {
                management.createJobDefinitionQuery().processDefinitionId(job.getProcessDefinitionId()).list()
                        .forEach(d -> activities.put(d.getId(), d.getActivityId()));
            }
            timers.put(job.getId(), new Timer(job.getId(), activities.get(job.getJobDefinitionId()),
                    job.getDuedate()));
        }
        Map<String, OpenTask> open = new LinkedHashMap<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            open.put(task.getId(), new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName()));
        }
        return new InstanceWork(timers, open);
    }
}
