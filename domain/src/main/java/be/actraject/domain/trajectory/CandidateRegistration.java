package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.Locale;

/**
 * Registers a job seeker as a candidate and opens their trajectory. Starting the trajectory's process is the
 * caller's part (the bpmn module does it in the same transaction), so the domain stays free of the engine.
 */
@Service
@Validated
public class CandidateRegistration {

    private final CandidateRepository candidates;
    private final TrajectoryRepository trajectories;
    private final Timeline timeline;
    private final Clock clock;

    public CandidateRegistration(CandidateRepository candidates, TrajectoryRepository trajectories,
                                 Timeline timeline, Clock clock) {
        this.candidates = candidates;
        this.trajectories = trajectories;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @param coach the coach's user id, or null to let any coach take the intake
     * @return the new trajectory
     */
    @Transactional
    public Trajectory register(@Valid CandidateDetails details, String coach, Actor actor) {
        if (!actor.has(Role.COACH) && !actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "register candidates");
        }
        String jobSeekerNumber = details.jobSeekerNumber().strip().toUpperCase(Locale.ROOT);
        if (candidates.existsByJobSeekerNumber(jobSeekerNumber)) {
            throw new DuplicateJobSeekerNumberException(jobSeekerNumber);
        }
        Candidate candidate;
        try {
            candidate = candidates.saveAndFlush(new Candidate(details, clock.instant(), actor.userId()));
        } catch (DataIntegrityViolationException e) {
            // The check above and this write are not one step: a registration or a correction that took the number
            // meanwhile is stopped by the unique constraint, and it is the same refusal.
            throw new DuplicateJobSeekerNumberException(jobSeekerNumber);
        }
        Trajectory trajectory = trajectories.save(new Trajectory(candidate, coach, details.dateOfEntry()));
        timeline.record(trajectory.getId(), TimelineKind.REGISTERED, actor.userId(), null);
        if (coach != null) {
            timeline.record(trajectory.getId(), TimelineKind.COACH_ASSIGNED, actor.userId(), coach);
        }
        return trajectory;
    }
}
