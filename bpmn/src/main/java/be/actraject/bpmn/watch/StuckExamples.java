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

    public StuckExamples(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
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
