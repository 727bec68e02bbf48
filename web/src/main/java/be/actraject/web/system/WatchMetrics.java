package be.actraject.web.system;

import be.actraject.bpmn.watch.WatchCounts;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Phase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

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

    private final WatchCounts counts;
    private final Caseload caseload;
    private volatile Map<Phase, Long> phases = Map.of();
    private volatile long phasesRead;

    WatchMetrics(WatchCounts counts, Caseload caseload) {
        this.counts = counts;
        this.caseload = caseload;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "actraject.tasks.open", "Open user tasks", counts::openTasks);
        gauge(registry, "actraject.tasks.overdue", "Open user tasks past their due date", counts::overdueTasks);
        gauge(registry, "actraject.tasks.unclaimed", "Open user tasks on nobody's name", counts::unclaimedTasks);
        gauge(registry, "actraject.incidents", "Open incidents", counts::incidents);
        gauge(registry, "actraject.jobs.failed", "Jobs without retries left", counts::failedJobs);
        gauge(registry, "actraject.jobs.due", "Jobs due for the job executor (its backlog)", counts::dueJobs);
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
