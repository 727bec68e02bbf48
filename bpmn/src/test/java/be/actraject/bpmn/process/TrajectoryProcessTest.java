package be.actraject.bpmn.process;

import be.actraject.workflow.IntakeElements;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.TrajectoryElements;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The paths through the trajectory model so far, on an in-memory engine without Spring: the beans the models name
 * are mocks, so what is tested is the model itself.
 */
@Deployment(resources = {"bpmn/trajectory.bpmn", "bpmn/intake.bpmn"})
class TrajectoryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    /** Stands in for the bean the models call as {@code trajectoryPhases}. */
    public interface Phases {
        void enter(Number trajectoryId, String phase);
    }

    private final Phases phases = mock(Phases.class);
    private final TaskListener caseloadListener = mock(TaskListener.class);

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        Mocks.register("trajectoryPhases", phases);
        Mocks.register("caseloadTaskListener", caseloadListener);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    private ProcessInstance startTrajectory(long trajectoryId) {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.TRAJECTORY, Long.toString(trajectoryId),
                Map.of(Variables.TRAJECTORY_ID, trajectoryId));
    }

    @Test
    void registrationEntersTheIntakeAndWaitsForTheIndividualConversation() {
        ProcessInstance trajectory = startTrajectory(7L);

        assertThat(trajectory).isWaitingAt(TrajectoryElements.CALL_INTAKE);
        ProcessInstance intake = calledProcessInstance(trajectory);
        assertThat(intake).hasBusinessKey("7").hasPassed(IntakeElements.ENTER_PHASE)
                .isWaitingAt(UserTask.INDIVIDUAL_CONVERSATION.key());
        assertThat(task(intake)).hasCandidateGroup("coach");
        verify(phases).enter(7L, "INTAKE");
        verify(caseloadListener).notify(any());
    }

    @Test
    void theConversationLeadsToThePopAndThePopEndsTheIntake() {
        ProcessInstance trajectory = startTrajectory(8L);
        ProcessInstance intake = calledProcessInstance(trajectory);

        complete(task(intake));
        assertThat(intake).isWaitingAt(UserTask.POP_CREATION.key());
        assertThat(task(intake)).hasCandidateGroup("coach");

        complete(task(intake));
        assertThat(intake).isEnded().hasPassed(IntakeElements.END);
        assertThat(trajectory).isEnded().hasPassed(TrajectoryElements.END_INTAKE_DONE);
        verify(caseloadListener, times(2)).notify(any());
    }
}
