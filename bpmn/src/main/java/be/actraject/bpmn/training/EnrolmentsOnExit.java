package be.actraject.bpmn.training;

import be.actraject.domain.training.Enrolments;
import be.actraject.domain.trajectory.TrajectoryExited;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a trajectory ends, its enrolments that were not attended yet are withdrawn and their approval processes end.
 * Otherwise the coordinator's "Opleiding goedkeuren" tasks would stay open for good (agreeing and refusing both
 * fail on an ended trajectory) and the seats stay taken. A plain (synchronous) listener on purpose: it runs in the
 * transaction that ends the trajectory, so an exit never leaves an approval waiting.
 */
@Component
class EnrolmentsOnExit {

    static final String DELETE_REASON = "trajectory ended";

    private final RuntimeService runtime;
    private final Enrolments enrolments;

    EnrolmentsOnExit(RuntimeService runtime, Enrolments enrolments) {
        this.runtime = runtime;
        this.enrolments = enrolments;
    }

    @EventListener
    void on(TrajectoryExited exited) {
        enrolments.withdrawOnExit(exited.trajectoryId(), TrajectoryProgress.SYSTEM_ACTOR);
        for (ProcessInstance running : runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.TRAINING_ENROLMENT)
                .processInstanceBusinessKey(BusinessKeys.trajectory(exited.trajectoryId())).list()) {
            // Custom listeners skipped: the caseload task listener has nothing to say about a task that goes away.
            runtime.deleteProcessInstance(running.getId(), DELETE_REASON, true, true);
        }
    }
}
