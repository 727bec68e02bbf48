package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import be.actraject.domain.group.CollectiveSession;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.sector.SectorMeeting;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The agenda's group entries: the learning groups' sessions and the sector groups' meetings of a period. */
@Component
class GroupMeetings {

    private final PeriodEntries entries;
    private final LearningGroups groups;
    private final SectorMeetings sectorMeetings;
    private final ZoneId zone;

    GroupMeetings(PeriodEntries entries, LearningGroups groups, SectorMeetings sectorMeetings, Clock clock) {
        this.entries = entries;
        this.groups = groups;
        this.sectorMeetings = sectorMeetings;
        this.zone = clock.getZone();
    }

    /**
     * The sessions of the period's groups the coach leads or one of her running candidates joined — asked only of
     * the groups with a session in the period; all for whoever sees every candidate.
     */
    void sessions(Actor actor, AgendaScope scope, Instant start, Instant end, List<AgendaItem> items) {
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
    void sectorMeetings(Actor actor, AgendaScope scope, Instant start, Instant end, List<AgendaItem> items) {
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
