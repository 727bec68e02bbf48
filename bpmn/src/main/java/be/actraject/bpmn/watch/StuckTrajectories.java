package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Messages;
import be.actraject.workflow.Phase;
import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything stuck, by kind: incidents, tasks unclaimed, untouched or overdue, trajectories past a limit or idle,
 * timers that did not fire, and where engine and domain disagree. A fixed handful of queries whatever the size of the
 * history: open tasks, incidents, overdue timers, running instances, and the domain's running trajectories (and those
 * the instances name), with their last activities.
 */
@Service
public class StuckTrajectories {

    /** The messages the application correlates (workflow-model's {@link Messages}). */
    private static final Set<String> SENT_MESSAGES = Set.of(Messages.TRAJECTORY_STOPPED, Messages.INVOICE_SUBMITTED,
            Messages.AFTERCARE_REQUESTED);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Caseload caseload;
    private final WatchParameters parameters;
    private final Clock clock;

    public StuckTrajectories(RuntimeService runtime, TaskService tasks, ManagementService management,
                             Caseload caseload, WatchParameters parameters, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.caseload = caseload;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<StuckKind, List<StuckItem>> all(Actor administrator) {
        // The running trajectories, and those the running instances and tasks name: never the whole history.
        Map<Long, Trajectory> trajectories = new java.util.HashMap<>(caseload.running(administrator).stream()
                .collect(Collectors.toMap(Trajectory::getId, Function.identity())));
        Instant now = clock.instant();
        Map<StuckKind, List<StuckItem>> stuck = new EnumMap<>(StuckKind.class);
        for (StuckKind kind : StuckKind.values()) {
            stuck.put(kind, new ArrayList<>());
        }

        List<ProcessInstance> running = runtime.createProcessInstanceQuery().active().list();
        Map<String, String> businessKeys = new java.util.HashMap<>();
        running.forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
        Set<Long> named = running.stream().map(ProcessInstance::getBusinessKey).filter(k -> k != null)
                .map(k -> BusinessKeys.trajectoryOf(k).orElse(null)).filter(id -> id != null
                        && !trajectories.containsKey(id)).collect(Collectors.toSet());
        trajectories.putAll(caseload.byIds(named));
        Context context = new Context(trajectories, businessKeys);

        for (Incident incident : runtime.createIncidentQuery().list()) {
            stuck.get(StuckKind.FAILED_JOB).add(context.item(StuckKind.FAILED_JOB, incident.getProcessInstanceId(),
                    null, null, null, incident.getConfiguration(), incident.getActivityId(),
                    incident.getIncidentTimestamp().toInstant(), incident.getIncidentMessage()));
        }
        for (Task task : tasks.createTaskQuery().active().list()) {
            Instant created = task.getCreateTime().toInstant();
            Instant touched = task.getLastUpdated() == null ? created : task.getLastUpdated().toInstant();
            String pi = task.getProcessInstanceId();
            if (task.getAssignee() == null && created.isBefore(now.minus(parameters.getUnclaimedFor()))) {
                stuck.get(StuckKind.UNCLAIMED_TASK).add(context.item(StuckKind.UNCLAIMED_TASK, pi, task.getId(),
                        task.getName(), null, null, task.getTaskDefinitionKey(), created, null));
            }
            if (task.getAssignee() != null && touched.isBefore(now.minus(parameters.getUntouchedFor()))) {
                stuck.get(StuckKind.UNTOUCHED_TASK).add(context.item(StuckKind.UNTOUCHED_TASK, pi, task.getId(),
                        task.getName(), task.getAssignee(), null, task.getTaskDefinitionKey(), touched, null));
            }
            if (task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now)) {
                stuck.get(StuckKind.OVERDUE_TASK).add(context.item(StuckKind.OVERDUE_TASK, pi, task.getId(),
                        task.getName(), task.getAssignee(), null, task.getTaskDefinitionKey(),
                        task.getDueDate().toInstant(), null));
            }
            Long trajectory = context.trajectoryOf(pi);
            if (trajectory != null && !trajectories.containsKey(trajectory)) {
                stuck.get(StuckKind.TASK_WITHOUT_TRAJECTORY).add(context.item(StuckKind.TASK_WITHOUT_TRAJECTORY, pi,
                        task.getId(), task.getName(), task.getAssignee(), null, task.getTaskDefinitionKey(), created,
                        null));
            }
        }
        // Past due and not fired: the job executor is stalled, or the instance was suspended and forgotten.
        for (Job job : management.createJobQuery().timers().withRetriesLeft()
                .duedateLowerThan(java.util.Date.from(now.minus(parameters.getTimerGrace()))).list()) {
            stuck.get(StuckKind.OVERDUE_TIMER).add(context.item(StuckKind.OVERDUE_TIMER, job.getProcessInstanceId(),
                    null, null, null, job.getId(), null, job.getDuedate().toInstant(), null));
        }

        // A message no code sends: only the ones named in workflow-model are correlated by the application.
        for (EventSubscription subscription : runtime.createEventSubscriptionQuery().eventType("message").list()) {
            if (!SENT_MESSAGES.contains(subscription.getEventName())) {
                stuck.get(StuckKind.UNSENT_MESSAGE).add(context.item(StuckKind.UNSENT_MESSAGE,
                        subscription.getProcessInstanceId(), null, null, null, null, subscription.getActivityId(),
                        subscription.getCreated().toInstant(), subscription.getEventName()));
            }
        }

        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Set<Long> withProcess = new HashSet<>();
        for (ProcessInstance p : running) {
            if (!p.getProcessDefinitionId().startsWith(ProcessKeys.TRAJECTORY + ":")) {
                continue;
            }
            Long id = context.trajectoryOf(p.getId());
            if (id != null) {
                withProcess.add(id);
            }
            Trajectory t = id == null ? null : trajectories.get(id);
            if (t == null || !t.isActive()) {
                stuck.get(StuckKind.PROCESS_WITHOUT_TRAJECTORY).add(context.item(
                        StuckKind.PROCESS_WITHOUT_TRAJECTORY, p.getId(), null, null, null, null, null, null,
                        t == null ? "no trajectory " + p.getBusinessKey() : "ended " + t.getEndDate()));
            }
        }
        Map<Long, Instant> lastActivities = caseload.lastActivities(trajectories.values().stream()
                .filter(Trajectory::isActive).map(Trajectory::getId).toList());
        for (Trajectory t : trajectories.values()) {
            if (!t.isActive()) {
                continue;
            }
            if (!withProcess.contains(t.getId())) {
                stuck.get(StuckKind.NO_PROCESS).add(new StuckItem(StuckKind.NO_PROCESS, t.getId(),
                        t.getCandidate().getId(), t.getCandidate().fullName(), null, null, null, null, null, null,
                        null, null));
            }
            LocalDate limit = t.getPhase() == Phase.INVOICING ? t.getInvoicingLimit() : t.getPreInvoicingLimit();
            if (limit != null && limit.isBefore(today)) {
                stuck.get(StuckKind.PAST_LIMIT).add(new StuckItem(StuckKind.PAST_LIMIT, t.getId(),
                        t.getCandidate().getId(), t.getCandidate().fullName(), null, null, null, null, null, null,
                        limit.atStartOfDay(clock.getZone()).toInstant(), t.getPhase() == null ? null
                        : t.getPhase().name()));
            }
            Instant last = lastActivities.get(t.getId());
            if (last == null || last.isBefore(now.minus(parameters.getIdleFor()))) {
                stuck.get(StuckKind.IDLE).add(new StuckItem(StuckKind.IDLE, t.getId(), t.getCandidate().getId(),
                        t.getCandidate().fullName(), null, null, null, null, null, null, last, null));
            }
        }
        return stuck;
    }

    /** Business keys and trajectories, to name the trajectory of what the engine reports. */
    private record Context(Map<Long, Trajectory> trajectories, Map<String, String> businessKeys) {

        Long trajectoryOf(String processInstanceId) {
            String key = processInstanceId == null ? null : businessKeys.get(processInstanceId);
            return key == null ? null : BusinessKeys.trajectoryOf(key).orElse(null);
        }

        StuckItem item(StuckKind kind, String processInstanceId, String taskId, String taskName, String assignee,
                       String jobId, String activityId, Instant since, String detail) {
            Long id = trajectoryOf(processInstanceId);
            Trajectory t = id == null ? null : trajectories.get(id);
            return new StuckItem(kind, id, t == null ? null : t.getCandidate().getId(),
                    t == null ? null : t.getCandidate().fullName(), taskId, taskName, assignee, jobId,
                    processInstanceId, activityId, since, detail);
        }
    }

    static Collection<StuckKind> kinds() {
        return List.of(StuckKind.values());
    }
}
