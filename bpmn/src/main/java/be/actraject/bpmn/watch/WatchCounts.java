package be.actraject.bpmn.watch;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Date;

/** The engine's counts the metrics show: each one count query, read when asked. */
@Service
public class WatchCounts {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    public WatchCounts(TaskService tasks, RuntimeService runtime, ManagementService management, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    public long openTasks() {
        return tasks.createTaskQuery().active().count();
    }

    public long overdueTasks() {
        return tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant())).count();
    }

    public long unclaimedTasks() {
        return tasks.createTaskQuery().active().taskUnassigned().count();
    }

    public long incidents() {
        return runtime.createIncidentQuery().count();
    }

    public long failedJobs() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    /** The jobs due for the job executor: its backlog. */
    public long dueJobs() {
        return management.createJobQuery().executable().count();
    }
}
