package be.actraject.web.sector;

import be.actraject.domain.access.Actor;
import be.actraject.domain.sector.Introductions;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The dossier's part of sector groups and experts: the candidate's sector groups and introductions, and whether the
 * reader may introduce the candidate to an expert (the prospecting activity rule: a running prospecting, a writer of
 * the coaching record). Called by the dossier page for readers of the coaching record only.
 */
@Component
public class DossierSectors {

    private final SectorGroups groups;
    private final Introductions introductions;

    DossierSectors(SectorGroups groups, Introductions introductions) {
        this.groups = groups;
        this.introductions = introductions;
    }

    /** @param mayLogProspecting whether the reader may log a prospecting activity in this trajectory now */
    public void fill(Trajectory t, Actor actor, boolean mayLogProspecting, Model model) {
        model.addAttribute("sectorMemberships", groups.membershipsOf(t.getId()));
        model.addAttribute("introductions", introductions.of(t.getId(), actor));
        model.addAttribute("mayIntroduce", mayLogProspecting && t.getPhase() == Phase.PROSPECTING
                && (actor.has(Role.COACH) || actor.has(Role.COORDINATOR)));
    }
}
