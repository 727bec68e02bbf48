package be.actraject.web.sector;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.find.SectorGroupCandidates;
import be.actraject.domain.sector.SectorGroup;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.sector.SectorMeetings;
import be.actraject.domain.sector.SectorMember;
import be.actraject.domain.text.DutchOrder;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;


import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fills a sector group's page: its members as the reader may see them, its meetings, and — for whoever keeps the
 * group while it runs — the candidates they may place in it (in the prospecting, of their caseload, not in it yet),
 * the first {@value #OFFERED} by name or by what they typed, with how many there are in all.
 */
@Component
class SectorGroupPage {

    /** The candidates offered to place at once: a keeper with more types a name or a number to find the one. */
    static final int OFFERED = 20;

    private final SectorGroups groups;
    private final SectorMeetings meetings;
    private final Caseload caseload;
    private final SectorGroupCandidates placeable;
    private final DossierChanges changes;
    private final Accounts accounts;
    private final Clock clock;

    SectorGroupPage(SectorGroups groups, SectorMeetings meetings, Caseload caseload, SectorGroupCandidates placeable,
                    DossierChanges changes, Accounts accounts, Clock clock) {
        this.clock = clock;
        this.placeable = placeable;
        this.groups = groups;
        this.meetings = meetings;
        this.caseload = caseload;
        this.changes = changes;
        this.accounts = accounts;
    }

    /** @param typed what the keeper typed to find a candidate to place; blank for the first by name */
    String fill(long groupId, String typed, Actor actor, Model model) {
        SectorGroup group = groups.group(groupId, actor);
        List<SectorMember> members = groups.members(group, actor);
        Map<Long, Trajectory> trajectories = caseload.byIds(members.stream().map(SectorMember::getTrajectoryId)
                .collect(Collectors.toSet()));
        // A closed group is read as its history: nobody places a candidate in it or plans, moves or cancels there.
        boolean manages = groups.mayManage(group, actor) && !group.isClosed();
        model.addAttribute("sectorGroupView", group);
        // Who is in it now by name, as the candidate list orders (last name, Dutch order); below them who is not in
        // it any more, once each with every period they were, the latest to leave first. A member who left and came
        // back is a member: their earlier periods are their dossier's history, not the group's former members.
        Comparator<Long> byName = Comparator.comparing(id -> sortName(trajectories.get(id)), DutchOrder.TEXT);
        List<SectorMember> now = members.stream().filter(SectorMember::isCurrent)
                .sorted(Comparator.comparing(SectorMember::getTrajectoryId, byName)).toList();
        Set<Long> nowIds = now.stream().map(SectorMember::getTrajectoryId).collect(Collectors.toSet());
        model.addAttribute("members", now);
        model.addAttribute("formerMembers", members.stream().filter(m -> !nowIds.contains(m.getTrajectoryId()))
                .collect(Collectors.groupingBy(SectorMember::getTrajectoryId)).entrySet().stream()
                .map(e -> new FormerMember(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(FormerMember::lastLeftOn).reversed()
                        .thenComparing(FormerMember::trajectoryId, byName)).toList());
        model.addAttribute("trajectories", trajectories);
        // The contact person keeps the group, not every member's dossier: a colleague's candidate is named without a
        // link to a dossier they may not open, and without a removal the domain would refuse.
        Predicate<Trajectory> visible = caseload.visibility(actor);
        model.addAttribute("readable", trajectories.values().stream().filter(visible).map(Trajectory::getId)
                .collect(Collectors.toSet()));
        model.addAttribute("changeable", trajectories.values().stream()
                .filter(t -> changes.may(t, DossierChange.COACHING_RECORD, actor)).map(Trajectory::getId)
                .collect(Collectors.toSet()));
        model.addAttribute("meetings", meetings.of(group));
        model.addAttribute("mayManage", manages);
        model.addAttribute("mayChangeGroup", actor.has(Role.COORDINATOR) && !group.isClosed());
        model.addAttribute("now", clock.instant());
        model.addAttribute("people", accounts.displayNames());
        if (manages) {
            SectorGroupCandidates.Choice choice = placeable.placeable(groupId, actor, typed, OFFERED);
            model.addAttribute("choice", choice);
            model.addAttribute("candidates", choice.offered().stream()
                    .filter(t -> changes.may(t, DossierChange.COACHING_RECORD, actor)).toList());
            model.addAttribute("q", typed);
        }
        return "sector/show";
    }

    private static String sortName(Trajectory trajectory) {
        return trajectory == null ? null
                : trajectory.getCandidate().getLastName() + " " + trajectory.getCandidate().getFirstName();
    }
}
