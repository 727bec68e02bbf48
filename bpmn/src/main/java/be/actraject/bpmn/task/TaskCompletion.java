package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Completes a task together with the domain data its form records. The caller's transaction spans both: if the
 * domain write fails, the task stays open; if completing the task fails (or anything the process does next), the
 * domain write is rolled back. Only the task's holder completes it, and only while they may see its candidate: a task
 * put on someone's name (by a repair, say) does not let them write in a dossier they may not read.
 */
@Component
public class TaskCompletion {

    private final TaskService tasks;
    private final TaskLookup lookup;
    private final Caseload caseload;
    private final Timeline timeline;
    private final WorklistCounts counts;

    TaskCompletion(TaskService tasks, TaskLookup lookup, Caseload caseload, Timeline timeline,
                   WorklistCounts counts) {
        this.counts = counts;
        this.tasks = tasks;
        this.lookup = lookup;
        this.caseload = caseload;
        this.timeline = timeline;
    }

    /**
     * @param record writes the form's data and returns the process variables to complete with
     * @throws NotYourTaskException when the actor does not hold the task
     * @throws be.actraject.domain.access.NotInCaseloadException when they hold it but may not see its candidate
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String taskId, UserTask expected, Actor actor,
                         Function<OpenTask, Map<String, Object>> record) {
        complete(taskId, Set.of(expected), actor, record);
    }

    /**
     * As {@link #complete(String, UserTask, Actor, Function)}, for a task a coordinator added to a model, served by
     * the generic screen of its form key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completeByFormKey(String taskId, String formKey, Actor actor,
                                  Function<OpenTask, Map<String, Object>> record) {
        Task task = lookup.requireOpen(taskId);
        if (!formKey.equals(formKeyOf(taskId))) {
            throw new TaskNotFoundException(taskId);
        }
        finish(task, actor, record);
    }

    /** The form key of an open task; null when it has none. */
    public String formKeyOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return task == null ? null : task.getFormKey();
    }

    /** As {@link #complete(String, UserTask, Actor, Function)}, for a screen that serves several kinds of task. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String taskId, Set<UserTask> expected, Actor actor,
                         Function<OpenTask, Map<String, Object>> record) {
        Task task = lookup.requireOpen(taskId);
        if (expected.stream().noneMatch(t -> t.key().equals(task.getTaskDefinitionKey()))) {
            throw new TaskNotFoundException(taskId);
        }
        finish(task, actor, record);
    }

    private void finish(Task task, Actor actor, Function<OpenTask, Map<String, Object>> record) {
        String taskId = task.getId();
        if (!actor.userId().equals(task.getAssignee())) {
            throw new NotYourTaskException(taskId, actor.userId());
        }
        String businessKey = lookup.businessKeyOf(task);
        BusinessKeys.trajectoryOf(businessKey).ifPresent(id -> caseload.trajectory(id, actor));
        OpenTask open = new OpenTask(taskId, businessKey, name -> tasks.getVariable(taskId, name));
        Map<String, Object> variables = record.apply(open);
        BusinessKeys.trajectoryOf(businessKey).ifPresent(id ->
                timeline.record(id, TimelineKind.TASK_COMPLETED, actor.userId(), task.getTaskDefinitionKey()));
        counts.forget(actor.userId());
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException e) {
            // Completed or changed by someone else between our read and our write.
            throw new TaskAlreadyCompletedException(taskId, null, null);
        }
    }
}
