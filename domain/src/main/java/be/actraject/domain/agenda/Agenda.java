package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.AftercareSchedules;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.training.Enrolment;
import be.actraject.domain.training.Enrolments;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeeting;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.ExitType;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's agenda over a period of days: what lies ahead in their caseload. A coach sees the candidates she is the
 * coach of now — their planned conversations, next-conversation days, aftercare follow-ups and limits follow the
 * candidate to a new coach on a change of coach — and the sessions of the groups she leads or her candidates joined;
 * a member of her group coached by a colleague is the colleague's appointment, not hers, though the caseload rule
 * lets her open the dossier. Coordinators and administrators see all. The coaching record — conversations,
 * sessions, aftercare, the moments of the training modules the candidates are enrolled in — is left out for office
 * staff, who see the limits only. A handful of queries whatever the period.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final Caseload caseload;
    private final PlannedConversationRepository planned;
    private final IndividualConversations conversations;
    private final LearningGroups groups;
    private final AftercareContacts aftercare;
    private final AftercareSchedules schedules;
    private final Enrolments enrolments;
    private final ZoneId zone;
    private final SectorGroups sectorGroups;
    private final SectorMeetings sectorMeetings;

    public Agenda(Caseload caseload, PlannedConversationRepository planned, IndividualConversations conversations,
                  LearningGroups groups, AftercareContacts aftercare, Enrolments enrolments, Clock clock,
                  SectorGroups sectorGroups, SectorMeetings sectorMeetings,
                  AftercareSchedules schedules) {
        this.sectorGroups = sectorGroups;
        this.sectorMeetings = sectorMeetings;
        this.caseload = caseload;
        this.planned = planned;
        this.conversations = conversations;
        this.groups = groups;
        this.aftercare = aftercare;
        this.schedules = schedules;
        this.enrolments = enrolments;
        this.zone = clock.getZone();
    }

    /**
     * The entries of the days [from, until) in the cooperative's time zone, in {@link AgendaItem#ORDER}.
     *
     * @param aftercareFollowUps the follow-ups after an exit as offsets (the parameter {@code aftercare-follow-ups}) as
     *                           they are now; each aftercare's follow-ups are those of the schedule it started with
     *                           ({@link AftercareSchedules}). A follow-up already recorded is left out
     */
    public List<AgendaItem> between(Actor actor, LocalDate from, LocalDate until, List<Period> aftercareFollowUps) {
        // Not the whole caseload with its years of exits: the running trajectories and those whose follow-ups can
        // still fall in the period (issue 19).
        LocalDate endedSince = schedules.earliestExitWithFollowUpsFrom(from, aftercareFollowUps);
        Map<Long, Trajectory> trajectories = caseload.inAgendaOf(actor, endedSince).stream()
                .collect(Collectors.toMap(Trajectory::getId, Function.identity()));
        List<AgendaItem> items = new ArrayList<>();
        trajectories.values().forEach(t -> limitOf(t, from, until, items));
        if (actor.readsCoachingRecord()) {
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = until.atStartOfDay(zone).toInstant();
            conversations(trajectories, from, until, start, end, items);
            // Only running trajectories: a candidate who left long ago does not keep a colleague's group in one's agenda.
            Set<Long> running = trajectories.values().stream().filter(Trajectory::isActive).map(Trajectory::getId)
                    .collect(Collectors.toSet());
            sessions(actor, running, start, end, items);
            sectorMeetings(actor, running, start, end, items);
            followUps(trajectories, from, until, aftercareFollowUps, items);
            trainingMoments(trajectories, from, until, items);
        }
        items.sort(AgendaItem.ORDER);
        return items;
    }

    private void limitOf(Trajectory t, LocalDate from, LocalDate until, List<AgendaItem> items) {
        if (!t.isActive()) {
            return;
        }
        boolean invoicing = t.getPhase() == Phase.INVOICING;
        LocalDate last = invoicing ? t.getInvoicingLimit() : t.getPreInvoicingLimit();
        if (last != null && !last.isBefore(from) && last.isBefore(until)) {
            AgendaItem.Kind kind = invoicing ? AgendaItem.Kind.INVOICING_LIMIT : AgendaItem.Kind.PRE_INVOICING_LIMIT;
            items.add(new AgendaItem(kind, "limit-" + (invoicing ? "invoicing-" : "pre-invoicing-") + t.getId(),
                    last, null, null, t.getCandidate().fullName(), null, null, t.getCandidate().getId(), null, null));
        }
    }

    private void conversations(Map<Long, Trajectory> trajectories, LocalDate from, LocalDate until, Instant start,
                               Instant end, List<AgendaItem> items) {
        if (trajectories.isEmpty()) {
            return;
        }
        Set<String> plannedDays = new HashSet<>();
        for (PlannedConversation p : planned.findBetween(trajectories.keySet(), start, end)) {
            Trajectory t = trajectories.get(p.getTrajectoryId());
            if (!t.isActive()) {
                continue; // the trajectory ended: no conversation will be held, whatever was planned
            }
            LocalDate day = p.getStartsAt().atZone(zone).toLocalDate();
            plannedDays.add(t.getId() + "@" + day);
            items.add(new AgendaItem(AgendaItem.Kind.PLANNED_CONVERSATION, "planned-conversation-" + p.getId(), day,
                    p.getStartsAt(), p.endsAt(), t.getCandidate().fullName(), p.getPlace(), p.getKind(),
                    t.getCandidate().getId(), null, p.getId()));
        }
        for (IndividualConversation c : conversations.nextPlannedBetween(trajectories.keySet(), from, until)) {
            Trajectory t = trajectories.get(c.getTrajectoryId());
            // A conversation planned that day is the same appointment, told more precisely.
            if (t.isActive() && !plannedDays.contains(t.getId() + "@" + c.getNextPlannedOn())) {
                items.add(new AgendaItem(AgendaItem.Kind.NEXT_CONVERSATION, "next-conversation-" + c.getId(),
                        c.getNextPlannedOn(), null, null, t.getCandidate().fullName(), null, null,
                        t.getCandidate().getId(), null, null));
            }
        }
    }

    private void sessions(Actor actor, Set<Long> trajectoryIds, Instant start, Instant end, List<AgendaItem> items) {
        Set<Long> joined = actor.seesAllCandidates() ? Set.of() : groups.groupIdsOf(trajectoryIds);
        for (CollectiveSession s : groups.sessionsBetween(start, end)) {
            if (actor.seesAllCandidates() || actor.userId().equals(s.getGroup().getCoach())
                    || joined.contains(s.getGroup().getId())) {
                items.add(new AgendaItem(AgendaItem.Kind.SESSION, "session-" + s.getId(),
                        s.getStartsAt().atZone(zone).toLocalDate(), s.getStartsAt(), s.endsAt(),
                        s.getGroup().getName(), s.getTopic(), null, null, s.getGroup().getId(), null));
            }
        }
    }

    private void trainingMoments(Map<Long, Trajectory> trajectories, LocalDate from, LocalDate until,
                                 List<AgendaItem> items) {
        if (trajectories.isEmpty()) {
            return;
        }
        for (Enrolment e : enrolments.datedBetween(trajectories.keySet(), from, until)) {
            Trajectory t = trajectories.get(e.getTrajectoryId());
            if (!t.isActive()) {
                continue; // the candidate left: the seat is no appointment of the coach's any more
            }
            items.add(new AgendaItem(AgendaItem.Kind.TRAINING_MOMENT, "training-" + e.getId(),
                    e.getMoment().getHeldOn(), e.getMoment().startsAt(zone), e.getMoment().endsAt(zone),
                    t.getCandidate().fullName(), e.getModule().getTitle(), null, t.getCandidate().getId(), null,
                    null, e.getModule().getPlace(), e.getModule().isHeldOnline(),
                    e.getModule().getProvider().getName()));
        }
    }

    private void followUps(Map<Long, Trajectory> trajectories, LocalDate from, LocalDate until,
                           List<Period> offsets, List<AgendaItem> items) {
        List<Trajectory> ended = trajectories.values().stream()
                .filter(t -> !t.isActive() && t.getEndDate() != null && t.getExitType() != ExitType.STOPPED)
                .toList();
        Map<Long, Set<String>> recorded = aftercare.recordedFollowUps(ended.stream().map(Trajectory::getId).toList());
        Map<Long, List<Period>> started = schedules.of(ended, offsets);
        for (Trajectory t : ended) {
            for (Period offset : started.getOrDefault(t.getId(), offsets)) {
                LocalDate due = t.getEndDate().plus(offset);
                if (!due.isBefore(from) && due.isBefore(until)
                        && !recorded.getOrDefault(t.getId(), Set.of()).contains(offset.toString())) {
                    items.add(new AgendaItem(AgendaItem.Kind.AFTERCARE_FOLLOW_UP,
                            "aftercare-" + t.getId() + "-" + offset, due, null, null, t.getCandidate().fullName(),
                            offset.toString(), null, t.getCandidate().getId(), null, null));
                }
            }
        }
    }

    /**
     * The meetings of the running sector groups with a member in the caseload, or whose contact person the actor is;
     * all for whoever sees every candidate. The group's id goes in {@link AgendaItem#groupId()} only for a reader who
     * may open its page (as a session links only to a group the reader may open): an administrator sees the meeting in
     * the agenda — it is part of the candidates' trajectory — without a link that would answer 403.
     */
    private void sectorMeetings(Actor actor, Set<Long> trajectoryIds, Instant start, Instant end,
                                List<AgendaItem> items) {
        boolean coach = actor.has(Role.COACH);
        Set<Long> withMember = coach ? sectorGroups.groupIdsOf(trajectoryIds) : Set.of();
        for (SectorMeeting m : sectorMeetings.between(start, end)) {
            boolean contact = m.getGroup().hasContactPerson(actor.userId());
            boolean member = withMember.contains(m.getGroup().getId());
            if (actor.seesAllCandidates() || contact || member) {
                boolean opens = actor.has(Role.COORDINATOR) || (coach && (contact || member));
                items.add(new AgendaItem(AgendaItem.Kind.SECTOR_MEETING, "sector-meeting-" + m.getId(),
                        m.getStartsAt().atZone(zone).toLocalDate(), m.getStartsAt(), m.endsAt(),
                        m.getGroup().getName(), m.getTopic() + " · " + m.getPlace(), null, null,
                        opens ? m.getGroup().getId() : null, null, m.getPlace(), false, m.getTopic()));
            }
        }
    }
}
