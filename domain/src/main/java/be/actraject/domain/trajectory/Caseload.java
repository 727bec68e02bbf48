package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads of candidates and trajectories on behalf of a person, with the caseload rule applied: a coach sees their
 * own candidates, those no coach has taken yet and the members of the learning groups they lead; coordinators,
 * administrators and office staff see all.
 */
@Service
@Transactional(readOnly = true)
public class Caseload {

    private final CandidateRepository candidates;
    private final TrajectoryRepository trajectories;
    private final TimelineRepository timeline;

    public Caseload(CandidateRepository candidates, TrajectoryRepository trajectories, TimelineRepository timeline) {
        this.candidates = candidates;
        this.trajectories = trajectories;
        this.timeline = timeline;
    }

    /** The trajectories the actor may see, with their candidates, ordered by the candidate's name. */
    public List<Trajectory> visibleTo(Actor actor) {
        return actor.seesAllCandidates() ? trajectories.findAllWithCandidate() : caseloadOf(actor.userId());
    }

    /**
     * The trajectories in the learning groups the actor leads (empty for those who see every candidate): one query,
     * for a caseload condition that names them rather than asking the groups per row — a condition PostgreSQL can
     * only test row by row, reading the whole table (issue 19).
     */
    public Set<Long> inGroupsLedBy(Actor actor) {
        return actor.seesAllCandidates() ? Set.of() : trajectories.findInGroupsLedBy(actor.userId());
    }

    private List<Trajectory> caseloadOf(String coach) {
        Set<Long> inGroups = trajectories.findInGroupsLedBy(coach);
        return inGroups.isEmpty() ? trajectories.findCaseloadWithCandidate(coach)
                : trajectories.findCaseloadWithCandidate(coach, inGroups);
    }

    /** Every trajectory with its candidate, for the administrators' watch: one query. */
    public List<Trajectory> all(Actor actor) {
        requireAdministrator(actor);
        return trajectories.findAllWithCandidate();
    }

    /** The running trajectories with their candidates, for the administrators' watch: one query. */
    public List<Trajectory> running(Actor actor) {
        requireAdministrator(actor);
        return trajectories.findRunningWithCandidate();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new NotPermittedException(actor.userId(), "watch every trajectory");
        }
    }

    /** How many running trajectories are in each phase (none yet: no phase): one query, for the metrics. */
    public Map<Phase, Long> runningByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        trajectories.countRunningByPhase().stream().filter(c -> c.getPhase() != null)
                .forEach(c -> counts.put(c.getPhase(), c.getCount()));
        return counts;
    }

    /** When something last happened in each of these trajectories (their timeline): one query. */
    public Map<Long, Instant> lastActivities(Collection<Long> trajectoryIds) {
        return trajectoryIds.isEmpty() ? Map.of() : timeline.findLastActivities(trajectoryIds).stream()
                .collect(Collectors.toMap(TimelineRepository.LastActivity::getTrajectoryId,
                        TimelineRepository.LastActivity::getLastAt));
    }


    /** Whether the actor may see the trajectory; costs a query only for a coach looking at a colleague's candidate. */
    public boolean maySee(Actor actor, Trajectory trajectory) {
        return actor.seesAllCandidates() || trajectory.getCoach() == null || trajectory.isCoachedBy(actor.userId())
                || trajectories.findInGroupsLedBy(actor.userId()).contains(trajectory.getId());
    }

    /**
     * The caseload rule for one actor, for checking many trajectories (a worklist) with one query at most.
     */
    public Predicate<Trajectory> visibility(Actor actor) {
        if (actor.seesAllCandidates()) {
            return t -> true;
        }
        Set<Long> inGroups = trajectories.findInGroupsLedBy(actor.userId());
        return t -> t.getCoach() == null || t.isCoachedBy(actor.userId()) || inGroups.contains(t.getId());
    }

    /**
     * The coaches leading the learning groups of these trajectories, by trajectory id, in one query: with a
     * trajectory's coach they say which coaches may see it ({@link #maySee}), for many at once.
     */
    public Map<Long, Set<String>> groupLeadersOf(Collection<Long> trajectoryIds) {
        return trajectoryIds.isEmpty() ? Map.of() : trajectories.findGroupLeaders(trajectoryIds).stream()
                .collect(Collectors.groupingBy(TrajectoryRepository.GroupLeader::getTrajectoryId,
                        Collectors.mapping(TrajectoryRepository.GroupLeader::getCoach, Collectors.toSet())));
    }

    /** The trajectory, if the actor may see it; throws when it does not exist or is outside their caseload. */
    public Trajectory trajectory(long trajectoryId, Actor actor) {
        Trajectory trajectory = trajectories.findWithCandidateById(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        requireVisible(actor, trajectory);
        return trajectory;
    }

    /**
     * As {@link #trajectory}, for reading the coaching record (conversations, assessments, plan, documents), which
     * office staff do not read.
     */
    public Trajectory coachingRecord(long trajectoryId, Actor actor) {
        requireCoachingRecord(actor);
        return trajectory(trajectoryId, actor);
    }

    /** As {@link #currentOf}, for reading the coaching record. */
    public Trajectory coachingRecordOfCandidate(long candidateId, Actor actor) {
        requireCoachingRecord(actor);
        return currentOf(candidateId, actor);
    }

    private static void requireCoachingRecord(Actor actor) {
        if (!actor.readsCoachingRecord()) {
            throw new NotPermittedException(actor.userId(), "read the coaching record");
        }
    }

    /** As {@link #trajectory}, for a change: the trajectory must not have ended. */
    public Trajectory activeTrajectory(long trajectoryId, Actor actor) {
        Trajectory trajectory = trajectory(trajectoryId, actor);
        if (!trajectory.isActive()) {
            throw new TrajectoryEndedException(trajectoryId);
        }
        return trajectory;
    }

    /**
     * Trajectories with their candidates by id, in one query, for lists built elsewhere (the worklist). The caller
     * has already decided what the actor may see; ids that do not exist are left out.
     */
    public Map<Long, Trajectory> byIds(Collection<Long> trajectoryIds) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        return trajectories.findWithCandidateByIdIn(trajectoryIds).stream()
                .collect(Collectors.toMap(Trajectory::getId, Function.identity()));
    }

    /** The coach of a trajectory, for the process models that route its tasks; no caseload applies there. */
    public Optional<String> coachOf(long trajectoryId) {
        return trajectories.findById(trajectoryId).map(Trajectory::getCoach);
    }

    /** The candidate's current (latest) trajectory, if the actor may see it. */
    public Trajectory currentOf(long candidateId, Actor actor) {
        Trajectory latest = trajectories.findByCandidateIdWithPhases(candidateId).stream().findFirst()
                .orElseThrow(() -> new CandidateNotFoundException(candidateId));
        requireVisible(actor, latest);
        return latest;
    }

    public Dossier dossier(long candidateId, Actor actor) {
        Candidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new CandidateNotFoundException(candidateId));
        List<Trajectory> ofCandidate = trajectories.findByCandidateIdWithPhases(candidateId);
        // The candidate's current (latest) trajectory decides: the coach of a candidate who re-entered reads the
        // earlier trajectories too, which she needs to coach; the earlier coach reads her own through the trajectory.
        if (!ofCandidate.isEmpty()) {
            requireVisible(actor, ofCandidate.get(0));
        }
        List<TimelineEntry> history = ofCandidate.isEmpty()
                ? List.of()
                : timeline.findByTrajectoryIdOrderByOccurredAtDescIdDesc(ofCandidate.get(0).getId());
        return new Dossier(candidate, ofCandidate, history);
    }

    private void requireVisible(Actor actor, Trajectory trajectory) {
        if (!maySee(actor, trajectory)) {
            throw new NotInCaseloadException(actor.userId(), trajectory.getId());
        }
    }
}
