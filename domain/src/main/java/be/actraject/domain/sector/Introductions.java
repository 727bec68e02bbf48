package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.domain.trajectory.Caseload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Introductions of candidates to experts. An introduction is one of the candidate's prospecting activities (kind
 * {@link ProspectingKind#NETWORK_OR_EXPERT}), logged through {@link ProspectingActivities} so that its rules — the
 * coaching record's writers, the candidate's caseload, the prospecting phase — and its timeline line are that
 * one's; the introduction adds which expert it was.
 */
@Service
public class Introductions {

    private final Experts experts;
    private final ProspectingActivities activities;
    private final IntroductionRepository introductions;
    private final Caseload caseload;
    private final Clock clock;

    public Introductions(Experts experts, ProspectingActivities activities, IntroductionRepository introductions,
                         Caseload caseload, Clock clock) {
        this.clock = clock;
        this.experts = experts;
        this.activities = activities;
        this.introductions = introductions;
        this.caseload = caseload;
    }

    /**
     * The exceptions of {@link ProspectingActivities#log} (outside the prospecting:
     * {@link be.actraject.domain.prospecting.ProspectingClosedException}), {@link ExpertNotFoundException}, and
     * {@link IntroductionDateOutOfRangeException} for a day before the candidate's date of entry or after today.
     *
     * @param note what the introduction is about, at most 250 characters
     */
    @Transactional
    public Introduction introduce(long trajectoryId, long expertId, LocalDate on, String note, Actor coach) {
        Expert expert = experts.expert(expertId, coach);
        LocalDate dateOfEntry = caseload.trajectory(trajectoryId, coach).getStartDate();
        LocalDate today = LocalDate.now(clock);
        if (on.isBefore(dateOfEntry) || on.isAfter(today)) {
            throw new IntroductionDateOutOfRangeException(trajectoryId, on, dateOfEntry, today);
        }
        String cleanNote = Typed.clean(note);
        if (cleanNote == null || cleanNote.length() > 250) {
            throw new IllegalArgumentException("An introduction says what it is about, in at most 250 characters");
        }
        // Name and field as the register holds them now: the activity tells the introduction as it happened.
        String description = expert.getName() + " (" + expert.getField() + "): " + cleanNote;
        ProspectingActivity activity = activities.log(trajectoryId,
                new ProspectingEntry(on, ProspectingKind.NETWORK_OR_EXPERT, description, null), coach);
        return introductions.save(new Introduction(trajectoryId, expert, on, cleanNote, coach.userId(),
                activity.getId()));
    }

    /** The candidate's introductions, latest first; for those who read the coaching record. */
    @Transactional(readOnly = true)
    public List<Introduction> of(long trajectoryId, Actor actor) {
        caseload.coachingRecord(trajectoryId, actor);
        return introductions.findWithExpertByTrajectoryId(trajectoryId);
    }
}
