package be.actraject.bpmn.training;

import be.actraject.domain.training.EnrolmentRequested;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Starts the training-enrolment process when an enrolment is requested. A plain (synchronous) listener on purpose:
 * it runs in the transaction that records the enrolment, so an enrolment never exists without its process, nor a
 * process without its enrolment. The business key is the trajectory's, so the worklist shows the candidate.
 */
@Component
class EnrolmentApprovalStart {

    private final RuntimeService runtime;

    EnrolmentApprovalStart(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(EnrolmentRequested requested) {
        runtime.startProcessInstanceByKey(ProcessKeys.TRAINING_ENROLMENT,
                BusinessKeys.trajectory(requested.trajectoryId()),
                Map.of(Variables.TRAJECTORY_ID, requested.trajectoryId(),
                        Variables.ENROLMENT_ID, requested.enrolmentId()));
    }
}
