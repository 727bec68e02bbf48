package be.actraject.bpmn.exit;

import be.actraject.bpmn.task.DecisionVariables;
import be.actraject.bpmn.task.ExitTypeRequiredException;
import be.actraject.bpmn.task.TaskCompletion;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.decision.MotivationRequiredException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Messages;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stop of a trajectory and the exit registration that follows it. */
@Service
public class ExitTasks {

    private final RuntimeService runtime;
    private final TaskCompletion completion;
    private final Caseload caseload;
    private final Timeline timeline;

    public ExitTasks(RuntimeService runtime, TaskCompletion completion, Caseload caseload, Timeline timeline) {
        this.runtime = runtime;
        this.completion = completion;
        this.caseload = caseload;
        this.timeline = timeline;
    }

    /**
     * Stops the trajectory wherever it is; the coach then registers how it ends. The candidate's coach and the
     * coordinators may.
     *
     * @throws TrajectoryNotRunningException when it has ended or is already stopping
     */
    @Transactional
    public void stop(long trajectoryId, String note, Actor actor) {
        Trajectory trajectory = caseload.trajectory(trajectoryId, actor);
        if (!actor.has(Role.COORDINATOR) && !trajectory.isCoachedBy(actor.userId())) {
            throw new NotPermittedException(actor.userId(), "stop trajectory " + trajectoryId);
        }
        if (note == null || note.isBlank()) {
            throw new MotivationRequiredException();
        }
        if (!trajectory.isActive()) {
            throw new TrajectoryNotRunningException(trajectoryId);
        }
        timeline.record(trajectoryId, TimelineKind.STOP_REQUESTED, actor.userId(), null);
        try {
            runtime.createMessageCorrelation(Messages.TRAJECTORY_STOPPED)
                    .processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId))
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new TrajectoryNotRunningException(trajectoryId);
        }
    }

    @Transactional
    public void completeExitRegistration(String taskId, ExitType exitType, String reason, Actor coach) {
        if (exitType == null) {
            throw new ExitTypeRequiredException();
        }
        if (reason == null || reason.isBlank()) {
            throw new MotivationRequiredException();
        }
        completion.complete(taskId, UserTask.EXIT_REGISTRATION, coach,
                task -> DecisionVariables.exitRegistration(exitType, reason.strip()));
    }
}
