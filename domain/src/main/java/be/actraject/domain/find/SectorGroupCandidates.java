package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The candidates a sector group's keeper may place in it — in the prospecting (phase 3), trajectory running, in the
 * keeper's caseload, not a current member — found and counted by the database, a few at a time, by what was typed
 * (a name, a job seeker number, an e-mail address, as the candidate list's search). Issue 19: offering every one of
 * them made a coach's group page at 30,000 candidates a list of 1,501 names and 2 seconds.
 */
@Service
@Transactional(readOnly = true)
public class SectorGroupCandidates {

    private final EntityManager entities;
    private final Caseload caseload;

    SectorGroupCandidates(EntityManager entities, Caseload caseload) {
        this.entities = entities;
        this.caseload = caseload;
    }

    /**
     * @param groupId the sector group
     * @param typed   what was typed to narrow the choice, as it came; blank (or one letter) for the first ones
     * @param size    the most to return (1 or more)
     * @return the first {@code size} in name order ({@code sortName}), how many there are in all, and whether what
     *         was typed narrowed them (two letters or digits or more: {@code %}, {@code _} or one letter do not)
     */
    public Choice placeable(long groupId, Actor actor, String typed, int size) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("group", groupId);
        parameters.put("prospecting", Phase.PROSPECTING);
        // A running trajectory is its candidate's latest, so the caseload is decided by its own coach or group.
        SearchText text = SearchText.of(typed);
        String where = " from Trajectory t join t.candidate c where t.exitType is null and t.phase = :prospecting"
                + " and not exists (select m.id from SectorMember m where m.group.id = :group"
                + " and m.trajectoryId = t.id and m.leftOn is null)"
                + CaseloadClause.onCurrentTrajectory("t", actor, parameters)
                + text.candidateClause("c", parameters);
        TypedQuery<Long> count = entities.createQuery("select count(t)" + where, Long.class);
        TypedQuery<Long> first = entities.createQuery("select t.id" + where + " order by c.sortName, t.id",
                Long.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            first.setParameter(name, value);
        });
        List<Long> ids = first.setMaxResults(size).getResultList();
        Map<Long, Trajectory> byId = caseload.byIds(ids);
        return new Choice(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), count.getSingleResult(),
                text.answerable());
    }

    /**
     * @param offered  the trajectories offered, with their candidates, in name order
     * @param total    how many match in all ({@code offered} included)
     * @param searched whether what was typed narrowed the choice; false for nothing, one letter or punctuation only
     */
    public record Choice(List<Trajectory> offered, long total, boolean searched) {

        public Choice {
            offered = List.copyOf(offered);
        }

        /** Whether more match than are offered: the page asks to type a name. */
        public boolean more() {
            return total > offered.size();
        }
    }
}
