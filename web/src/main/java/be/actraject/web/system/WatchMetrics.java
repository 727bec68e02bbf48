package be.actraject.web.system;

import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Phase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the administrators watch, as gauges for Prometheus ({@code /actuator/prometheus}): open, overdue and unclaimed
 * tasks, incidents, failed jobs and the job executor's backlog, running trajectories per phase. Each is a count query
 * read when scraped; the per-phase counts are one query, kept for a few seconds across the phases.
 */
@Component
class WatchMetrics implements MeterBinder {

    private static final long PHASES_FRESH_MILLIS = 5_000;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Caseload caseload;
    private final Clock clock;
    private volatile Map<Phase, Long> phases = Map.of();
    private volatile long phasesRead;

    WatchMetrics(TaskService tasks, RuntimeService runtime, ManagementService management, Caseload caseload,
                 Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.caseload = caseload;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "actraject.tasks.open", "Open user tasks", () -> tasks.createTaskQuery().active().count());
        gauge(registry, "actraject.tasks.overdue", "Open user tasks past their due date",
                () -> tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant())).count());
        gauge(registry, "actraject.tasks.unclaimed", "Open user tasks on nobody's name",
                () -> tasks.createTaskQuery().active().taskUnassigned().count());
        gauge(registry, "actraject.incidents", "Open incidents", () -> runtime.createIncidentQuery().count());
        gauge(registry, "actraject.jobs.failed", "Jobs without retries left",
                () -> management.createJobQuery().noRetriesLeft().count());
        gauge(registry, "actraject.jobs.due", "Jobs due for the job executor (its backlog)",
                () -> management.createJobQuery().executable().count());
        for (Phase phase : Phase.values()) {
            Gauge.builder("actraject.trajectories", () -> phases().getOrDefault(phase, 0L))
                    .description("Running trajectories per phase").tag("phase", phase.name()).register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    private Map<Phase, Long> phases() {
        long now = System.currentTimeMillis();
        if (now - phasesRead > PHASES_FRESH_MILLIS) {
            phases = caseload.runningByPhase();
            phasesRead = now;
        }
        return phases;
    }
}
