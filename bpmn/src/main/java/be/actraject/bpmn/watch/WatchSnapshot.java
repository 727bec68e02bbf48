package be.actraject.bpmn.watch;

import be.actraject.bpmn.watch.StuckItem.Dossier;
import be.actraject.bpmn.watch.StuckItem.EngineElement;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What several checks read, loaded once per look at the watch: the moment, the running process instances with their
 * business keys, the trajectories the dossier runs and those the instances name, and (when a check first asks) the
 * open tasks. It also names the dossier of whatever the engine reports by its process instance.
 */
final class WatchSnapshot {

    private final Instant now;
    private final ZoneId zone;
    private final List<ProcessInstance> running;
    private final Map<String, String> businessKeys;
    private final Map<Long, Trajectory> trajectories;
    private final TaskService tasks;
    private List<Task> openTasks;

    /**
     * @param running      the active process instances
     * @param trajectories the running trajectories and those the running instances name, by id
     */
    WatchSnapshot(Instant now, ZoneId zone, List<ProcessInstance> running, Map<String, String> businessKeys,
                  Map<Long, Trajectory> trajectories, TaskService tasks) {
        this.now = now;
        this.zone = zone;
        this.running = running;
        this.businessKeys = businessKeys;
        this.trajectories = trajectories;
        this.tasks = tasks;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    ZoneId zone() {
        return zone;
    }

    /** The instances of the trajectory model itself (not its phases, approvals or follow-ups). */
    List<ProcessInstance> trajectoryProcesses() {
        return running.stream().filter(p -> p.getProcessDefinitionId().startsWith(ProcessKeys.TRAJECTORY + ":"))
                .toList();
    }

    /** The trajectories the dossier runs (not those ended, which the watch knows because an instance names them). */
    List<Trajectory> activeTrajectories() {
        return trajectories.values().stream().filter(Trajectory::isActive).toList();
    }

    /** @return the trajectory, or null when the dossier does not hold it */
    Trajectory trajectory(Long id) {
        return id == null ? null : trajectories.get(id);
    }

    /** The active tasks: one query, the first time a check asks. */
    List<Task> openTasks() {
        if (openTasks == null) {
            openTasks = tasks.createTaskQuery().active().list();
        }
        return openTasks;
    }

    /** @return the trajectory id the instance's business key names; null for none or an instance not running */
    Long trajectoryOf(String processInstanceId) {
        String key = processInstanceId == null ? null : businessKeys.get(processInstanceId);
        return key == null ? null : BusinessKeys.trajectoryOf(key).orElse(null);
    }

    /** The dossier of what runs in the instance; {@link Dossier#UNKNOWN} or only its id when the dossier lacks it. */
    Dossier dossierOf(String processInstanceId) {
        Long id = trajectoryOf(processInstanceId);
        Trajectory trajectory = trajectory(id);
        return trajectory != null ? Dossier.of(trajectory) : id == null ? Dossier.UNKNOWN : Dossier.unknown(id);
    }

    static EngineElement element(Task task) {
        return EngineElement.task(task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getId(),
                task.getName(), task.getAssignee());
    }
}
