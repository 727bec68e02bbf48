package be.actraject.bpmn.watch;

import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Date;

/**
 * For the demo data only: the engine states the watch is there to find — jobs out of retries, a trajectory's
 * process gone, tasks made long ago — produced on purpose, so that a demo's watch page is not empty.
 */
@Service
public class StuckExamples {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final be.actraject.domain.trajectory.TimelineRepository timeline;

    public StuckExamples(RuntimeService runtime, ManagementService management,
                         org.camunda.bpm.engine.TaskService tasks,
                         be.actraject.domain.trajectory.TimelineRepository timeline) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.timeline = timeline;
    }

    /** The open tasks of a trajectory fell due at this moment. */
    public void overdue(long trajectoryId, Instant due) {
        tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(trajectoryId)).list().forEach(t -> {
            t.setDueDate(Date.from(due));
            tasks.saveTask(t);
        });
    }

    /** Everything in a trajectory's timeline happened at this moment (so that it looks idle since). */
    @org.springframework.transaction.annotation.Transactional
    public void idleSince(long trajectoryId, Instant at) {
        timeline.moveTimeline(trajectoryId, at);
    }

    /** The jobs of the instances of a process holding this variable value run out of retries (incidents). */
    public void exhaustRetries(String processKey, String variable, Object value) {
        runtime.createProcessInstanceQuery().processDefinitionKey(processKey).variableValueEquals(variable, value)
                .list().forEach(p -> management.createJobQuery().processInstanceId(p.getId()).list()
                        .forEach(j -> management.setJobRetries(j.getId(), 0)));
    }

    /** The trajectory's process deleted, as a careless manual change would. */
    public void deleteTrajectoryProcess(long trajectoryId, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRAJECTORY)
                .processInstanceBusinessKey(Long.toString(trajectoryId)).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), reason, true));
    }

    /** Runs something with the engine's clock set to another moment (tasks made then look that old). */
    public void atEngineTime(Instant moment, Runnable work) {
        try {
            ClockUtil.setCurrentTime(Date.from(moment));
            work.run();
        } finally {
            ClockUtil.reset();
        }
    }
}
