package be.actraject.bpmn.trajectory;

import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.springframework.stereotype.Component;

/**
 * Called by the models as {@code ${trajectoryPhases.enter(trajectoryId, 'INTAKE')}} when a phase begins. The
 * phase is named in the model as text so that a coordinator reads it there; an unknown name fails the step.
 */
@Component("trajectoryPhases")
public class TrajectoryPhases {

    private final TrajectoryProgress progress;

    public TrajectoryPhases(TrajectoryProgress progress) {
        this.progress = progress;
    }

    public void enter(Number trajectoryId, String phase) {
        progress.enterPhase(trajectoryId.longValue(), Phase.valueOf(phase));
    }
}
