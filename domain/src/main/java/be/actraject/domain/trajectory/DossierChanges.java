package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change what in a candidate's dossier: the role rule of the change ({@link DossierChange}) and the caseload
 * rule of reading, applied with the roles that make the change. A coach changes the dossiers of their own candidates,
 * of the members of the learning groups they lead and of those no coach has taken yet — the dossiers they may open;
 * coordinators any; office staff any, for invoicing and payments only; administrators none. The services call this
 * before they write, so that a refusal writes nothing; the screens ask {@link #may} to offer only what is allowed.
 */
@Service
@Transactional(readOnly = true)
public class DossierChanges {

    private final Caseload caseload;

    public DossierChanges(Caseload caseload) {
        this.caseload = caseload;
    }

    /**
     * The trajectory, for a change of this kind by the actor, running or ended.
     *
     * @throws TrajectoryNotFoundException when there is no such trajectory
     * @throws NotPermittedException       when none of the actor's roles makes this kind of change
     * @throws NotInCaseloadException      when those roles do not let the actor see the candidate
     */
    public Trajectory trajectory(long trajectoryId, DossierChange change, Actor actor) {
        return caseload.trajectory(trajectoryId, change.asMaker(actor));
    }

    /**
     * As {@link #trajectory}, for a trajectory that must still be running.
     *
     * @throws TrajectoryEndedException when it has ended
     */
    public Trajectory activeTrajectory(long trajectoryId, DossierChange change, Actor actor) {
        return caseload.activeTrajectory(trajectoryId, change.asMaker(actor));
    }

    /**
     * The candidate's current trajectory, for a change of this kind by the actor; the exceptions of
     * {@link #trajectory}, and {@link CandidateNotFoundException} for a candidate that does not exist.
     */
    public Trajectory currentOf(long candidateId, DossierChange change, Actor actor) {
        return caseload.currentOf(candidateId, change.asMaker(actor));
    }

    /** Whether the actor may make this kind of change in the trajectory (running or not: the caller knows). */
    public boolean may(Trajectory trajectory, DossierChange change, Actor actor) {
        return change.allows(actor) && caseload.maySee(change.asMaker(actor), trajectory);
    }
}
