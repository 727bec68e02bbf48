package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The engine reads that the task services share. */
@Component
class TaskLookup {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;

    TaskLookup(TaskService tasks, RuntimeService runtime, HistoryService history) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
    }

    /** The open task; tells a task that has ended apart from one that never existed. */
    Task requireOpen(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (ended != null) {
            throw new TaskAlreadyCompletedException(taskId, ended.getAssignee(),
                    ended.getEndTime() == null ? null : ended.getEndTime().toInstant());
        }
        throw new TaskNotFoundException(taskId);
    }

    /** Whether the actor is among the task's candidates, as a person or through one of their roles. */
    boolean isCandidate(Task task, Actor actor) {
        Set<String> groups = actor.roles().stream().map(Role::groupId).collect(Collectors.toSet());
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
        return links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> actor.userId().equals(l.getUserId()) || groups.contains(l.getGroupId()));
    }

    /**
     * The business key of each task's process instance, in one query: every process of a trajectory carries the
     * trajectory id, a session's process the session's key ({@link be.actraject.workflow.BusinessKeys}).
     */
    Map<String, String> businessKeysOf(Collection<Task> someTasks) {
        Set<String> instanceIds = someTasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    String businessKeyOf(Task task) {
        String key = businessKeysOf(List.of(task)).get(task.getProcessInstanceId());
        if (key == null) {
            throw new TaskNotFoundException(task.getId());
        }
        return key;
    }

}
