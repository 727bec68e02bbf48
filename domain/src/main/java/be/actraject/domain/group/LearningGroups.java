package be.actraject.domain.group;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.text.DutchOrder;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Timeline;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Learning groups, their members and their collective sessions. */
@Service
public class LearningGroups {

    private final LearningGroupRepository groups;
    private final GroupMemberRepository members;
    private final CollectiveSessionRepository sessions;
    private final Caseload caseload;
    private final Timeline timeline;
    private final Clock clock;

    public LearningGroups(LearningGroupRepository groups, GroupMemberRepository members,
                          CollectiveSessionRepository sessions, Caseload caseload, Timeline timeline, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.sessions = sessions;
        this.caseload = caseload;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Every group, by name in Dutch order ({@link DutchOrder}: "Leergroep 2" before "Leergroep 10"). */
    @Transactional(readOnly = true)
    public List<LearningGroup> all() {
        return groups.findAll().stream().sorted(DutchOrder.by(LearningGroup::getName)).toList();
    }

    @Transactional(readOnly = true)
    public LearningGroup group(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
    }

    /** Starts a group; coordinators do, and coaches for groups they lead themselves. */
    @Transactional
    public LearningGroup create(String name, String coach, Actor actor) {
        if (!actor.has(Role.COORDINATOR) && !(actor.has(Role.COACH) && actor.userId().equals(coach))) {
            throw new NotPermittedException(actor.userId(), "start a learning group for " + coach);
        }
        String clean = name.strip();
        if (groups.existsByNameIgnoreCase(clean)) {
            throw new DuplicateGroupNameException(clean);
        }
        return groups.save(new LearningGroup(clean, coach, LocalDate.now(clock)));
    }

    /** Places a trajectory in a group, or moves it from the group it was in. Coordinators place. */
    @Transactional
    public void place(long trajectoryId, long groupId, Actor coordinator) {
        if (!coordinator.has(Role.COORDINATOR)) {
            throw new NotPermittedException(coordinator.userId(), "place candidates in learning groups");
        }
        caseload.activeTrajectory(trajectoryId, coordinator);
        LearningGroup group = group(groupId);
        LocalDate today = LocalDate.now(clock);
        members.findByTrajectoryId(trajectoryId).ifPresentOrElse(m -> m.moveTo(group, today),
                () -> members.save(new GroupMember(group, trajectoryId, today)));
        timeline.record(trajectoryId, TimelineKind.PLACED_IN_GROUP, coordinator.userId(), group.getName());
    }

    @Transactional(readOnly = true)
    public Optional<LearningGroup> groupOf(long trajectoryId) {
        return members.findByTrajectoryId(trajectoryId).map(GroupMember::getGroup);
    }

    @Transactional(readOnly = true)
    public List<GroupMember> members(long groupId) {
        return members.findByGroupId(groupId);
    }

    /**
     * The members who belonged to the group on the session's day (in the clock's zone): one who joined later was
     * not expected there, so is neither listed nor counted absent.
     */
    @Transactional(readOnly = true)
    public List<GroupMember> membersAt(CollectiveSession session) {
        LocalDate day = LocalDate.ofInstant(session.getStartsAt(), clock.getZone());
        return members(session.getGroup().getId()).stream()
                .filter(m -> m.getJoinedOn() == null || !m.getJoinedOn().isAfter(day)).toList();
    }

    /**
     * Plans a collective session; the group's coach and coordinators may.
     *
     * @throws SessionInThePastException when it starts before the current minute: its attendance task would come at
     *                                   once. Checked here, not only on the form, so that every caller keeps to it.
     */
    @Transactional
    public CollectiveSession plan(long groupId, Instant startsAt, int durationMinutes, String topic, Actor actor) {
        LearningGroup group = group(groupId);
        requireLeads(group, actor);
        if (durationMinutes < 15 || durationMinutes > 8 * 60) {
            throw new IllegalArgumentException("A session lasts between 15 minutes and 8 hours");
        }
        // Sessions are planned to the minute (a calendar shows 09:30, not 09:30:50 from a caller's "now + 1 hour").
        startsAt = startsAt.truncatedTo(ChronoUnit.MINUTES);
        // To the minute, as the form is: "now" typed at 14:00 is accepted at 14:00:40.
        Instant thisMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (startsAt.isBefore(thisMinute)) {
            throw new SessionInThePastException(startsAt, thisMinute);
        }
        return sessions.save(new CollectiveSession(group, startsAt, durationMinutes, topic.strip(), actor.userId()));
    }

    @Transactional(readOnly = true)
    public CollectiveSession session(long sessionId) {
        return sessions.findWithGroup(sessionId).orElseThrow(() -> new GroupNotFoundException(sessionId));
    }

    /** Sessions with their groups by id, in one query, for lists built elsewhere (the worklist). */
    @Transactional(readOnly = true)
    public Map<Long, CollectiveSession> sessionsByIds(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return sessions.findWithGroupByIdIn(sessionIds).stream()
                .collect(Collectors.toMap(CollectiveSession::getId, s -> s));
    }

    /** Every group's sessions that start in [from, until), with their groups, by start: one query (the agenda). */
    @Transactional(readOnly = true)
    public List<CollectiveSession> sessionsBetween(Instant from, Instant until) {
        return sessions.findWithGroupBetween(from, until);
    }

    /** The ids of the groups these trajectories have joined: one query (the agenda); none for no trajectory. */
    @Transactional(readOnly = true)
    public Set<Long> groupIdsOf(Collection<Long> trajectoryIds) {
        return trajectoryIds.isEmpty() ? Set.of() : members.findGroupIdsOf(trajectoryIds);
    }

    @Transactional(readOnly = true)
    public List<CollectiveSession> sessionsOf(long groupId) {
        return sessions.findByGroupId(groupId);
    }

    /** Registers who attended; members left out count as absent. */
    @Transactional
    public void registerAttendance(long sessionId, Map<Long, Presence> presence, Actor actor) {
        CollectiveSession session = session(sessionId);
        requireLeads(session.getGroup(), actor);
        var memberIds = membersAt(session).stream().map(GroupMember::getTrajectoryId).toList();
        Map<Long, Presence> complete = new HashMap<>();
        for (Long trajectoryId : memberIds) {
            complete.put(trajectoryId, presence.getOrDefault(trajectoryId, Presence.ABSENT));
        }
        session.register(complete);
        complete.forEach((trajectoryId, p) -> timeline.record(trajectoryId, TimelineKind.SESSION_ATTENDED,
                actor.userId(), p.name()));
    }

    private static void requireLeads(LearningGroup group, Actor actor) {
        if (!actor.has(Role.COORDINATOR) && !actor.userId().equals(group.getCoach())) {
            throw new NotPermittedException(actor.userId(), "act for learning group " + group.getName());
        }
    }
}
