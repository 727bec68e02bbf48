package be.actraject.domain.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.text.DutchOrder;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Sector groups and who may see them. Coordinators start groups and see all of them; the contact person sees hers;
 * a coach sees a group one of her candidates is a member of — and in it only the members of her own caseload, as
 * everywhere else. Office staff and administrators have no business here.
 */
@Service
@Validated
public class SectorGroups {

    private final SectorGroupRepository groups;
    private final SectorMemberRepository members;
    private final Caseload caseload;
    private final Clock clock;

    public SectorGroups(SectorGroupRepository groups, SectorMemberRepository members, Caseload caseload, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.caseload = caseload;
        this.clock = clock;
    }

    /** Starts a sector group; coordinators do. */
    @Transactional
    public SectorGroup create(@Valid SectorGroupEntry entry, Actor actor) {
        requireStarter(actor);
        String name = Typed.clean(entry.name());
        if (name == null || Typed.clean(entry.sector()) == null) {
            throw new IllegalArgumentException("A sector group has a name and a sector");
        }
        if (groups.existsByNameIgnoreCase(name)) {
            throw new DuplicateSectorGroupException(name);
        }
        return groups.save(new SectorGroup(entry, actor.userId(), LocalDate.now(clock)));
    }

    /** The groups the actor may see, by name in Dutch order ({@link DutchOrder}: "extra 2" before "extra 10"). */
    @Transactional(readOnly = true)
    public List<SectorGroup> visibleTo(Actor actor) {
        List<SectorGroup> all = groups.findAll().stream().sorted(DutchOrder.by(SectorGroup::getName)).toList();
        if (actor.has(Role.COORDINATOR)) {
            return all;
        }
        if (!actor.has(Role.COACH)) {
            return List.of();
        }
        Set<Long> ofCaseload = groupsOfCaseload(actor);
        return all.stream().filter(g -> g.hasContactPerson(actor.userId()) || ofCaseload.contains(g.getId()))
                .toList();
    }

    /**
     * The group, for reading by the actor.
     *
     * @throws SectorGroupNotFoundException when there is none
     * @throws NotPermittedException        when the actor may not see it
     */
    @Transactional(readOnly = true)
    public SectorGroup group(long groupId, Actor actor) {
        SectorGroup group = groups.findById(groupId).orElseThrow(() -> new SectorGroupNotFoundException(groupId));
        if (!mayManage(group, actor) && !(actor.has(Role.COACH) && groupsOfCaseload(actor).contains(groupId))) {
            throw new NotPermittedException(actor.userId(), "see sector group " + groupId);
        }
        return group;
    }

    /**
     * Locks the group's row for the rest of the caller's transaction, which must be there: for the membership check
     * and the join that follows it (sector_group_member has no unique index to hold that line, since a member who
     * left keeps their row and may join again).
     */
    void lockForMembers(long groupId) {
        if (groups.findLockedById(groupId).isEmpty()) {
            throw new SectorGroupNotFoundException(groupId);
        }
    }

    /**
     * @throws NotPermittedException for anyone but a coordinator, who starts sector groups — and changes and closes
     *                               them, since the contact person is named by them
     */
    public static void requireStarter(Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "start, change or close a sector group");
        }
    }

    /**
     * The group, for a change by whoever keeps it; a screen asks first, so that a form refused is refused before
     * anything typed is looked at.
     *
     * @throws NotPermittedException when the actor does not keep it
     */
    @Transactional(readOnly = true)
    public SectorGroup managed(long groupId, Actor actor) {
        SectorGroup group = group(groupId, actor);
        if (!mayManage(group, actor)) {
            throw new NotPermittedException(actor.userId(), "keep sector group " + groupId);
        }
        return group;
    }

    /**
     * The group, for a change that only a group still running takes: a member, a meeting planned, moved or cancelled.
     *
     * @throws NotPermittedException       when the actor does not keep it
     * @throws SectorGroupClosedException when it is closed
     */
    @Transactional(readOnly = true)
    public SectorGroup running(long groupId, Actor actor) {
        SectorGroup group = managed(groupId, actor);
        if (group.isClosed()) {
            throw new SectorGroupClosedException(groupId, group.getName());
        }
        return group;
    }

    /** Whether the actor keeps the group's members and meetings: the coordinators and its contact person. */
    public boolean mayManage(SectorGroup group, Actor actor) {
        return actor.has(Role.COORDINATOR)
                || (actor.has(Role.COACH) && group.hasContactPerson(actor.userId()));
    }

    /**
     * The group's memberships, past and present, that the actor may read: all for whoever manages it, those of her
     * own caseload for another coach. Call after {@link #group}.
     */
    @Transactional(readOnly = true)
    public List<SectorMember> members(SectorGroup group, Actor actor) {
        List<SectorMember> all = members.findByGroupIdOrderByJoinedOnAscIdAsc(group.getId());
        if (mayManage(group, actor)) {
            return all;
        }
        Predicate<Trajectory> visible = caseload.visibility(actor);
        Set<Long> ids = all.stream().map(SectorMember::getTrajectoryId).collect(Collectors.toSet());
        Set<Long> mine = caseload.byIds(ids).values().stream().filter(visible).map(Trajectory::getId)
                .collect(Collectors.toSet());
        return all.stream().filter(m -> mine.contains(m.getTrajectoryId())).toList();
    }

    /** The sector groups a trajectory is or was in, latest first; for the dossier, whose reader is checked there. */
    @Transactional(readOnly = true)
    public List<SectorMember> membershipsOf(long trajectoryId) {
        return members.findWithGroupByTrajectoryId(trajectoryId);
    }

    /** The ids of the groups with a current member in the trajectories: one query; none for no trajectory. */
    @Transactional(readOnly = true)
    public Set<Long> groupIdsOf(Set<Long> trajectoryIds) {
        return trajectoryIds.isEmpty() ? Set.of() : members.findCurrentGroupIdsOf(trajectoryIds);
    }

    /** Whether another group than this one has the name, in any case. */
    boolean nameTakenByAnother(String name, long groupId) {
        return groups.existsByNameIgnoreCaseAndIdNot(name, groupId);
    }

    /**
     * The groups with a current member among the coach's caseload that has a coach (her own candidates and the coached
     * members of the learning groups she leads), asked from the sector groups' current members: reading the caseload
     * whole made the page of a coach of 13,500 take 1–2 s (issue 19's outside tester).
     */
    private Set<Long> groupsOfCaseload(Actor actor) {
        return members.findCurrentGroupIdsOfCaseload(actor.userId());
    }
}
