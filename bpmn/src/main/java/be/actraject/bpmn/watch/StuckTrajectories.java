package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.BusinessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything stuck, by kind: incidents, tasks unclaimed, untouched or overdue, trajectories past a limit or idle,
 * timers that did not fire, and where engine and domain disagree. One {@link StuckCheck} per kind, all reading one
 * {@link WatchSnapshot}: a fixed handful of queries whatever the size of the history — open tasks, incidents, overdue
 * timers, message subscriptions, running instances, and the domain's running trajectories (and those the instances
 * name), with their last activities.
 */
@Service
public class StuckTrajectories {

    private final List<StuckCheck> checks;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Caseload caseload;
    private final Clock clock;

    /** @throws IllegalStateException when a kind has no check, or two */
    StuckTrajectories(List<StuckCheck> checks, RuntimeService runtime, TaskService tasks, Caseload caseload,
                      Clock clock) {
        Map<StuckKind, Long> perKind = checks.stream()
                .collect(Collectors.groupingBy(StuckCheck::kind, () -> new EnumMap<>(StuckKind.class),
                        Collectors.counting()));
        if (perKind.size() != StuckKind.values().length || perKind.values().stream().anyMatch(n -> n > 1)) {
            throw new IllegalStateException("One check per stuck kind, found " + perKind);
        }
        this.checks = List.copyOf(checks);
        this.runtime = runtime;
        this.tasks = tasks;
        this.caseload = caseload;
        this.clock = clock;
    }

    /**
     * @return every kind, in {@link StuckKind}'s order, with its stuck items (an empty list for none)
     * @throws be.actraject.domain.access.NotPermittedException for anyone but an administrator
     */
    @Transactional(readOnly = true)
    public Map<StuckKind, List<StuckItem>> all(Actor administrator) {
        WatchSnapshot snapshot = snapshot(administrator);
        Map<StuckKind, List<StuckItem>> stuck = new EnumMap<>(StuckKind.class);
        for (StuckCheck check : checks) {
            stuck.put(check.kind(), check.find(snapshot));
        }
        return stuck;
    }

    /** The running trajectories, and those the running instances name: never the whole history. */
    private WatchSnapshot snapshot(Actor administrator) {
        Map<Long, Trajectory> trajectories = new HashMap<>(caseload.running(administrator).stream()
                .collect(Collectors.toMap(Trajectory::getId, Function.identity())));
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().active().list();
        Map<String, String> businessKeys = new HashMap<>();
        running.forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
        Set<Long> named = running.stream().map(ProcessInstance::getBusinessKey).filter(Objects::nonNull)
                .map(k -> BusinessKeys.trajectoryOf(k).orElse(null))
                .filter(id -> id != null && !trajectories.containsKey(id)).collect(Collectors.toSet());
        trajectories.putAll(caseload.byIds(named));
        return new WatchSnapshot(clock.instant(), clock.getZone(), running, businessKeys, trajectories, tasks);
    }
}
