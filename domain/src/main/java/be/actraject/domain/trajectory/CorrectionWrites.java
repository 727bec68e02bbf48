package be.actraject.domain.trajectory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a coordinator's correction at once, inside the service: the trajectory and the candidate are versioned, and
 * a colleague's change of the same dossier committed meanwhile (the coach completing a phase review, say) is then
 * found here, as a refusal the form shows with what was typed, and not at the commit, as a 500 that loses it.
 */
@Component
class CorrectionWrites {

    private final TrajectoryRepository trajectories;

    CorrectionWrites(TrajectoryRepository trajectories) {
        this.trajectories = trajectories;
    }

    /** @throws CorrectionRefusedException {@code CHANGED} when a row it writes was changed since it was read */
    void now() {
        try {
            trajectories.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.CHANGED);
        }
    }
}
