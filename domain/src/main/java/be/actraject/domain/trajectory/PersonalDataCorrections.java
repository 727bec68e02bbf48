package be.actraject.domain.trajectory;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.candidate.Candidate;
import be.actraject.domain.candidate.CandidateChangedException;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.candidate.FieldChange;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Locale;

/**
 * Corrects a candidate's personal data, with the rules of the registration ({@link CandidateDetails}). The
 * candidate's own coach or a coordinator may (issue 16: the coach keeps the dossier right, the coordinator
 * oversees); every changed field is a line on the timeline, old → new, so the history says who changed what when.
 */
@Service
@Validated
public class PersonalDataCorrections {

    /** How much of a value a timeline line keeps: a line holds at most 200 characters (V1, timeline_entry). */
    static final int MAX_VALUE = 80;

    private final DossierChanges changes;
    private final CandidateRepository candidates;
    private final Timeline timeline;

    public PersonalDataCorrections(DossierChanges changes, CandidateRepository candidates, Timeline timeline) {
        this.changes = changes;
        this.candidates = candidates;
        this.timeline = timeline;
    }

    /**
     * Whether the actor may correct the personal data of the candidate of this trajectory; the screens ask it to
     * offer the correction only where it would be accepted.
     */
    public boolean may(Trajectory trajectory, Actor actor) {
        return changes.may(trajectory, DossierChange.PERSONAL_DATA, actor)
                && (actor.has(Role.COORDINATOR) || trajectory.isCoachedBy(actor.userId()));
    }

    /**
     * The candidate's current trajectory, for correcting their personal data: what the form shows before it is sent.
     *
     * @throws be.actraject.domain.access.NotPermittedException  when the actor is neither coach nor coordinator
     * @throws be.actraject.domain.access.NotInCaseloadException when the actor may not see the candidate
     * @throws NotTheCoachException                              when a coach who is not the candidate's coach asks
     */
    @Transactional(readOnly = true)
    public Trajectory trajectory(long candidateId, Actor actor) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.PERSONAL_DATA, actor);
        requireCoach(trajectory, actor);
        return trajectory;
    }

    private static void requireCoach(Trajectory trajectory, Actor actor) {
        if (!actor.has(Role.COORDINATOR) && !trajectory.isCoachedBy(actor.userId())) {
            throw new NotTheCoachException(trajectory.getId(), actor.userId(), trajectory.getCoach());
        }
    }

    /**
     * Corrects the personal data; the date of entry in the details is ignored (a coordinator corrects it with a
     * reason, {@link EntryDateCorrections}).
     *
     * @param version the candidate's version when the form was opened ({@link Candidate#getVersion()})
     * @return what changed; empty when nothing did (and then nothing is written)
     * @throws be.actraject.domain.access.NotPermittedException  when the actor is neither coach nor coordinator
     * @throws be.actraject.domain.access.NotInCaseloadException when the actor may not see the candidate
     * @throws NotTheCoachException               when a coach who is not the candidate's coach tries
     * @throws CandidateChangedException          when someone corrected the candidate since {@code version}
     * @throws DuplicateJobSeekerNumberException  when another candidate has the job seeker number
     */
    @Transactional
    public List<FieldChange> correct(long candidateId, @Valid CandidateDetails details, long version, Actor actor) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.PERSONAL_DATA, actor);
        requireCoach(trajectory, actor);
        Candidate candidate = trajectory.getCandidate();
        if (candidate.getVersion() != version) {
            throw new CandidateChangedException(candidateId);
        }
        String number = details.jobSeekerNumber().strip().toUpperCase(Locale.ROOT);
        if (!number.equals(candidate.getJobSeekerNumber()) && candidates.existsByJobSeekerNumber(number)) {
            throw new DuplicateJobSeekerNumberException(number);
        }
        List<FieldChange> changed = candidate.correct(details);
        for (FieldChange c : changed) {
            timeline.record(trajectory.getId(), TimelineKind.PERSONAL_DATA_CORRECTED, actor.userId(),
                    c.field() + ": " + shown(c.from()) + " → " + shown(c.to()));
        }
        try {
            // Writes now, so that a colleague's correction saved meanwhile is found here and not at the commit.
            candidates.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CandidateChangedException(candidateId);
        } catch (DataIntegrityViolationException e) {
            // The check above and this write are not one step: a registration or a colleague's correction that took
            // the number meanwhile is stopped by the unique constraint, and it is the same refusal.
            throw new DuplicateJobSeekerNumberException(number);
        }
        return changed;
    }

    private static String shown(String value) {
        if (value == null) {
            return "—";
        }
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= MAX_VALUE ? line : line.substring(0, MAX_VALUE - 1) + "…";
    }
}
