package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One trajectory as the engine holds it, for the administrators' drill-down: every running instance under its business
 * key (the trajectory and its phase, approvals, follow-ups) with where it stands, its variables, its incidents with
 * their stack traces, and the history of its activities.
 */
@Service
public class TrajectoryInspection {

    /** One running instance. */
    public record Instance(String id, String definitionId, String definitionKey, List<String> activeActivities,
                           Map<String, Object> variables, List<IncidentView> incidents) {
    }

    /** One incident with the failing job's stack trace. */
    public record IncidentView(String activityId, String message, Instant at, String jobId, String stackTrace) {
    }

    /** One step of the history. */
    public record Step(String processInstanceId, String activityId, String activityName, String activityType,
                       Instant started, Instant ended, String assignee) {
    }

    /** Everything about one trajectory on the engine. */
    public record Inspection(String businessKey, List<Instance> instances, List<Step> history) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;

    public TrajectoryInspection(RuntimeService runtime, HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
    }

    @Transactional(readOnly = true)
    public Inspection of(long trajectoryId, Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "inspect trajectories");
        }
        String key = Long.toString(trajectoryId);
        List<Instance> instances = new ArrayList<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
            List<IncidentView> incidents = new ArrayList<>();
            for (Incident i : runtime.createIncidentQuery().processInstanceId(p.getId()).list()) {
                String trace = i.getConfiguration() == null ? null : safeTrace(i.getConfiguration());
                incidents.add(new IncidentView(i.getActivityId(), i.getIncidentMessage(),
                        i.getIncidentTimestamp().toInstant(), i.getConfiguration(), trace));
            }
            instances.add(new Instance(p.getId(), p.getProcessDefinitionId(),
                    p.getProcessDefinitionId().split(":")[0], runtime.getActiveActivityIds(p.getId()),
                    new TreeMap<>(runtime.getVariables(p.getId())), incidents));
        }
        List<Step> steps = new ArrayList<>();
        List<String> ids = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .stream().map(h -> h.getId()).toList();
        for (String id : ids) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().list()) {
                steps.add(new Step(id, a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        a.getAssignee()));
            }
        }
        steps.sort(Comparator.comparing(Step::started));
        return new Inspection(key, instances, steps);
    }

    private String safeTrace(String jobId) {
        try {
            return management.getJobExceptionStacktrace(jobId);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
