package be.actraject.bpmn.trajectory;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Registers a candidate and starts their trajectory's process, keyed by the trajectory id, in one transaction:
 * either both the dossier and the process exist afterwards, or neither does.
 */
@Service
public class TrajectoryStart {

    private final CandidateRegistration registration;
    private final Accounts accounts;
    private final RuntimeService runtime;

    public TrajectoryStart(CandidateRegistration registration, Accounts accounts, RuntimeService runtime) {
        this.registration = registration;
        this.accounts = accounts;
        this.runtime = runtime;
    }

    /**
     * @param coach the coach's user id, or null to leave the intake to whichever coach takes it
     * @return the ids of the new candidate and trajectory
     */
    @Transactional
    public Registered register(CandidateDetails details, String coach, Actor actor) {
        if (coach != null && !accounts.isMember(coach, Role.COACH)) {
            throw new UnknownCoachException(coach);
        }
        Trajectory trajectory = registration.register(details, coach, actor);
        long id = trajectory.getId();
        runtime.startProcessInstanceByKey(ProcessKeys.TRAJECTORY, Long.toString(id),
                Map.of(Variables.TRAJECTORY_ID, id));
        return new Registered(id, trajectory.getCandidate().getId());
    }

    /** What a registration created. */
    public record Registered(long trajectoryId, long candidateId) {
    }
}
