package be.actraject.bpmn.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads, after a task was completed (and committed), which tasks the engine opened next for the same business key —
 * every process of a trajectory carries the trajectory's key — and whose they are.
 */
@Component
public class NextSteps {

    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskLookup lookup;
    private final Accounts accounts;

    NextSteps(TaskService tasks, HistoryService history, RuntimeService runtime, TaskLookup lookup,
              Accounts accounts) {
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.lookup = lookup;
        this.accounts = accounts;
    }

    /** The next step after the completed task; empty when the task is unknown to the history. */
    @Transactional(readOnly = true)
    public Optional<NextStep> after(String completedTaskId, Actor actor) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(completedTaskId).singleResult();
        if (done == null) {
            return Optional.empty();
        }
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult();
        if (process == null || process.getBusinessKey() == null) {
            return Optional.empty();
        }
        return Optional.of(next(process.getBusinessKey(), done.getEndTime(), actor));
    }

    /**
     * Only the tasks the completion opened count (created at or after the completed task ended, in the same
     * transaction): a task the person already held on the trajectory is not "the next step" (a coach who approves an
     * invoice while she holds the exit decision hands the next step to the coordinator, not to herself).
     */
    private NextStep next(String businessKey, Date completedAt, Actor actor) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().list().stream()
                .filter(t -> completedAt == null || !t.getCreateTime().before(completedAt)).toList();
        if (open.stream().anyMatch(t -> actor.userId().equals(t.getAssignee())
                || t.getAssignee() == null && lookup.isCandidate(t, actor))) {
            return NextStep.of(NextStep.Kind.YOURS);
        }
        Optional<Task> held = open.stream().filter(t -> t.getAssignee() != null).findFirst();
        if (held.isPresent()) {
            String name = accounts.displayNames().getOrDefault(held.get().getAssignee(), held.get().getAssignee());
            return new NextStep(NextStep.Kind.PERSON, name);
        }
        Optional<String> group = open.stream().flatMap(t -> tasks.getIdentityLinksForTask(t.getId()).stream())
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst();
        if (group.isPresent()) {
            return new NextStep(NextStep.Kind.ROLE, group.get());
        }
        return afterLastTask(businessKey);
    }

    /**
     * No task open: what the process of the completed task still does. A session's process is that session's alone
     * (its end says nothing about any trajectory); a trajectory's main process may have ended while its aftercare
     * still waits for the next follow-up.
     */
    private NextStep afterLastTask(String businessKey) {
        if (BusinessKeys.sessionOf(businessKey).isPresent()) {
            return NextStep.of(running(businessKey, null)
                    ? NextStep.Kind.SESSION_WAITING : NextStep.Kind.SESSION_ENDED);
        }
        if (running(businessKey, ProcessKeys.TRAJECTORY)) {
            return NextStep.of(NextStep.Kind.WAITING);
        }
        return NextStep.of(running(businessKey, ProcessKeys.AFTERCARE) ? NextStep.Kind.AFTERCARE : NextStep.Kind.ENDED);
    }

    private boolean running(String businessKey, String processKey) {
        var query = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).active();
        if (processKey != null) {
            query = query.processDefinitionKey(processKey);
        }
        return query.count() > 0;
    }
}
