package be.actraject.web.prospecting;

import be.actraject.domain.prospecting.ProspectingClosedException;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;

/**
 * The one phase check of the prospecting forms (logging an activity, correcting one): the activities are the
 * prospecting's record, so the forms are offered only while it runs, as the service accepts them only then.
 */
final class ProspectingPhase {

    private ProspectingPhase() {
    }

    /**
     * @return the trajectory, when it is running and in the prospecting
     * @throws ProspectingClosedException otherwise (a bookmark, or a form left open across the prospecting review)
     */
    static Trajectory open(Trajectory trajectory) {
        if (!trajectory.isActive() || trajectory.getPhase() != Phase.PROSPECTING) {
            throw new ProspectingClosedException(trajectory.getId(), trajectory.getPhase());
        }
        return trajectory;
    }
}
