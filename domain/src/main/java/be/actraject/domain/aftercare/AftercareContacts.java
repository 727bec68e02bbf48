package be.actraject.domain.aftercare;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Records the aftercare follow-ups of ended trajectories. */
@Service
public class AftercareContacts {

    private final AftercareContactRepository contacts;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final Timeline timeline;
    private final Clock clock;

    public AftercareContacts(AftercareContactRepository contacts, Caseload caseload, DossierChanges changes,
                             Timeline timeline, Clock clock) {
        this.contacts = contacts;
        this.caseload = caseload;
        this.changes = changes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * @param since the day the situation started
     * @throws ContactDateOutOfRangeException for a day before the exit or after today (with the situation's start
     *                                        day's refusal when that is out of range too)
     * @throws SituationDateOutOfRangeException for a situation said to start before the date of entry or after today
     * @throws be.actraject.domain.access.NotPermittedException for an actor who does not change the coaching record
     */
    @Transactional
    public AftercareContact record(long trajectoryId, String followUp, LocalDate contactedOn, Situation situation,
                                   LocalDate since, String note, Actor coach) {
        Trajectory trajectory = changes.trajectory(trajectoryId, DossierChange.COACHING_RECORD, coach);
        if (trajectory.isActive()) {
            throw new IllegalStateException("Aftercare follows an exit; trajectory " + trajectoryId + " is running");
        }
        // The situation may have begun before the exit — one who leaves for a job was often hired before — but not
        // before the trajectory did: from the date of entry.
        LocalDate entry = situationEarliest(trajectory);
        boolean sinceOutside = outside(since, entry);
        if (outside(contactedOn, trajectory.getEndDate())) {
            // Both days said at once when both are wrong: a form that showed one would refuse the other next.
            throw new ContactDateOutOfRangeException(trajectory.getEndDate(), LocalDate.now(clock), sinceOutside,
                    entry);
        }
        if (sinceOutside) {
            throw new SituationDateOutOfRangeException(entry, LocalDate.now(clock));
        }
        AftercareContact saved = contacts.save(new AftercareContact(trajectoryId, followUp, contactedOn, situation,
                since, note == null || note.isBlank() ? null : note.strip(), coach.userId(), clock.instant()));
        timeline.record(trajectoryId, TimelineKind.AFTERCARE_CONTACT, coach.userId(), situation.name());
        return saved;
    }

    /**
     * The earliest day a reported situation may have begun: the date of entry — or the exit, should the exit lie
     * before it (a date of entry corrected past the exit), so that an answer from the exit on is always possible.
     */
    public static LocalDate situationEarliest(Trajectory trajectory) {
        LocalDate entry = trajectory.getStartDate();
        LocalDate exit = trajectory.getEndDate();
        return entry == null ? exit : exit == null || entry.isBefore(exit) ? entry : exit;
    }

    private boolean outside(LocalDate day, LocalDate exit) {
        return day == null || day.isAfter(LocalDate.now(clock)) || day.isBefore(exit);
    }

    /**
     * The follow-ups already recorded per trajectory, as their offsets after the exit ({@code P3M}…): one query, for
     * the agenda, which leaves them out; the caller has applied the caseload rule.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> recordedFollowUps(Collection<Long> trajectoryIds) {
        return trajectoryIds.isEmpty() ? Map.of() : contacts.findByTrajectoryIdIn(trajectoryIds).stream()
                .collect(Collectors.groupingBy(AftercareContact::getTrajectoryId,
                        Collectors.mapping(AftercareContact::getFollowUp, Collectors.toSet())));
    }

    @Transactional(readOnly = true)
    public List<AftercareContact> of(long trajectoryId, Actor actor) {
        caseload.trajectory(trajectoryId, actor);
        return contacts.findByTrajectoryIdOrderByContactedOnDesc(trajectoryId);
    }
}
