package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.sector.SectorMeeting;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's agenda over a period of days: what lies ahead in their caseload. A coach sees the candidates she is the
 * coach of now — their planned conversations, next-conversation days, aftercare follow-ups and limits follow the
 * candidate to a new coach on a change of coach — and the sessions of the groups she leads or her running candidates
 * joined; a member of her group coached by a colleague is the colleague's appointment, not hers, though the caseload
 * rule lets her open the dossier. Coordinators and administrators see all. The coaching record — conversations,
 * sessions, aftercare, the moments of the training modules the candidates are enrolled in — is left out for office
 * staff, who see the limits only.
 * <p>
 * Period first (issue 19): each kind of entry is read by a query bounded by the period's days through an indexed
 * date, with the caseload rule in the query ({@link AgendaScope}); the trajectories it names are read after, by id.
 * About a dozen statements whatever the caseload's size; their rows are the period's entries.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final PeriodEntries entries;
    private final FollowUpsDue followUps;
    private final LearningGroups groups;
    private final SectorMeetings sectorMeetings;
    private final ZoneId zone;

    Agenda(PeriodEntries entries, FollowUpsDue followUps, LearningGroups groups, SectorMeetings sectorMeetings,
           Clock clock) {
        this.entries = entries;
        this.followUps = followUps;
        this.groups = groups;
        this.sectorMeetings = sectorMeetings;
        this.zone = clock.getZone();
    }

    /**
     * The entries of the days [from, until) in the cooperative's time zone, in {@link AgendaItem#ORDER}.
     *
     * @param aftercareFollowUps the follow-ups after an exit as offsets (the parameter {@code aftercare-follow-ups}) as
     *                           they are now; each aftercare's follow-ups are those of the schedule it started with
     *                           ({@link be.actraject.domain.aftercare.AftercareSchedules}). A follow-up already
     *                           recorded is left out
     */
    public List<AgendaItem> between(Actor actor, LocalDate from, LocalDate until, List<Period> aftercareFollowUps) {
        AgendaScope scope = AgendaScope.of(actor);
        List<AgendaItem> items = new ArrayList<>();
        entries.limits(scope, from, until).forEach(t -> items.add(limitOf(t)));
        if (actor.readsCoachingRecord()) {
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = until.atStartOfDay(zone).toInstant();
            List<PlannedConversation> planned = entries.planned(scope, start, end);
            List<IndividualConversation> next = entries.nextConversations(scope, from, until);
            List<Enrolment> training = entries.trainingMoments(scope, from, until);
            Map<Long, Trajectory> named = entries.trajectories(Stream.of(
                    planned.stream().map(PlannedConversation::getTrajectoryId),
                    next.stream().map(IndividualConversation::getTrajectoryId),
                    training.stream().map(Enrolment::getTrajectoryId)).flatMap(s -> s).collect(Collectors.toSet()));
            conversations(planned, next, named, items);
            training.forEach(e -> items.add(trainingMoment(e, named.get(e.getTrajectoryId()))));
            sessions(actor, scope, start, end, items);
            sectorMeetings(actor, scope, start, end, items);
            items.addAll(followUps.between(scope, from, until, aftercareFollowUps));
        }
        items.sort(AgendaItem.ORDER);
        return items;
    }

    private static AgendaItem limitOf(Trajectory t) {
        boolean invoicing = t.getPhase() == Phase.INVOICING;
        LocalDate last = invoicing ? t.getInvoicingLimit() : t.getPreInvoicingLimit();
        AgendaItem.Kind kind = invoicing ? AgendaItem.Kind.INVOICING_LIMIT : AgendaItem.Kind.PRE_INVOICING_LIMIT;
        return new AgendaItem(kind, "limit-" + (invoicing ? "invoicing-" : "pre-invoicing-") + t.getId(),
                last, null, null, t.getCandidate().fullName(), null, null, t.getCandidate().getId(), null, null);
    }

    private void conversations(List<PlannedConversation> planned, List<IndividualConversation> next,
                               Map<Long, Trajectory> trajectories, List<AgendaItem> items) {
        Set<String> plannedDays = new HashSet<>();
        for (PlannedConversation p : planned) {
            Trajectory t = trajectories.get(p.getTrajectoryId());
            LocalDate day = p.getStartsAt().atZone(zone).toLocalDate();
            plannedDays.add(t.getId() + "@" + day);
            items.add(new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + p.getId(), day,
                    p.getStartsAt(), p.endsAt(), t.getCandidate().fullName(), p.getPlace(), p.getKind(),
                    t.getCandidate().getId(), null, p.getId()));
        }
        for (IndividualConversation c : next) {
            Trajectory t = trajectories.get(c.getTrajectoryId());
            // A conversation planned that day is the same appointment, told more precisely.
            if (!plannedDays.contains(t.getId() + "@" + c.getNextPlannedOn())) {
                items.add(new AgendaItem(AgendaItem.Kind.NEXT_CONVERSATION, "next-conversation-" + c.getId(),
                        c.getNextPlannedOn(), null, null, t.getCandidate().fullName(), null, null,
                        t.getCandidate().getId(), null, null));
            }
        }
    }

    private AgendaItem trainingMoment(Enrolment e, Trajectory t) {
        return new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + e.getId(),
                e.getMoment().getHeldOn(), e.getMoment().startsAt(zone), e.getMoment().endsAt(zone),
                t.getCandidate().fullName(), e.getModule().getTitle(), null, t.getCandidate().getId(), null,
                null, e.getModule().getPlace(), e.getModule().isHeldOnline(), e.getModule().getProvider().getName());
    }

    /**
     * The sessions of the period's groups the coach leads or one of her running candidates joined — asked only of
     * the groups with a session in the period; all for whoever sees every candidate.
     */
    private void sessions(Actor actor, AgendaScope scope, Instant start, Instant end, List<AgendaItem> items) {
        List<CollectiveSession> sessions = groups.sessionsBetween(start, end);
        Set<Long> joined = scope.all() ? Set.of() : entries.learningGroupsJoined(scope, sessions.stream()
                .filter(s -> !actor.userId().equals(s.getGroup().getCoach())).map(s -> s.getGroup().getId())
                .collect(Collectors.toSet()));
        for (CollectiveSession s : sessions) {
            if (scope.all() || actor.userId().equals(s.getGroup().getCoach())
                    || joined.contains(s.getGroup().getId())) {
                items.add(new AgendaItem(AgendaItem.Kind.SESSION, "session-" + s.getId(),
                        s.getStartsAt().atZone(zone).toLocalDate(), s.getStartsAt(), s.endsAt(),
                        s.getGroup().getName(), s.getTopic(), null, null, s.getGroup().getId(), null));
            }
        }
    }

    /**
     * The meetings of the running sector groups with a current member among the running trajectories in scope, or
     * whose contact person the actor is; all for whoever sees every candidate. The group's id goes in {@link
     * AgendaItem#groupId()} only for a reader who may open its page (as a session links only to a group the reader
     * may open): an administrator sees the meeting in the agenda — it is part of the candidates' trajectory — without
     * a link that would answer 403. Members are asked of the period's groups only, and only where they decide.
     */
    private void sectorMeetings(Actor actor, AgendaScope scope, Instant start, Instant end, List<AgendaItem> items) {
        boolean coach = actor.has(Role.COACH);
        boolean coordinator = actor.has(Role.COORDINATOR);
        List<SectorMeeting> meetings = sectorMeetings.between(start, end);
        Set<Long> withMember = coach && !coordinator ? entries.sectorGroupsWithMember(scope, meetings.stream()
                .filter(m -> !m.getGroup().hasContactPerson(actor.userId())).map(m -> m.getGroup().getId())
                .collect(Collectors.toSet())) : Set.of();
        for (SectorMeeting m : meetings) {
            boolean contact = m.getGroup().hasContactPerson(actor.userId());
            boolean member = withMember.contains(m.getGroup().getId());
            if (scope.all() || contact || member) {
                boolean opens = coordinator || (coach && (contact || member));
                items.add(new AgendaItem(AgendaItem.Kind.SECTOR_MEETING, "sector-meeting-" + m.getId(),
                        m.getStartsAt().atZone(zone).toLocalDate(), m.getStartsAt(), m.endsAt(),
                        m.getGroup().getName(), m.getTopic() + " · " + m.getPlace(), null, null,
                        opens ? m.getGroup().getId() : null, null, m.getPlace(), false, m.getTopic()));
            }
        }
    }
}
