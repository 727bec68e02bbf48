package be.actraject.domain.invoicebook;

import be.actraject.domain.access.Actor;

import java.util.Map;
import java.util.Set;

/**
 * The caseload rule of {@link be.actraject.domain.trajectory.Caseload#visibility} as a JPQL condition on the invoice
 * alias {@code i}: the invoices of the trajectories the actor sees (their own, those without a coach, those of the
 * groups they lead), every invoice for those who see all candidates. The open-invoices list applied the same rule.
 */
final class BookCaseload {

    private BookCaseload() {
    }

    /**
     * " and …", binding :caseloadUser (and :caseloadGroups); "" for those who see all candidates. The trajectories
     * by coach and by id, so that PostgreSQL finds them by index and the invoices by trajectory (issue 19); a
     * subquery among the "or"s would make it read every trajectory and invoice.
     *
     * @param inGroups the trajectories in the groups the actor leads
     *                 ({@link be.actraject.domain.trajectory.Caseload#inGroupsLedBy})
     */
    static String of(Actor actor, Set<Long> inGroups, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        String groups = "";
        if (!inGroups.isEmpty()) {
            groups = " or vt.id in :caseloadGroups";
            parameters.put("caseloadGroups", inGroups);
        }
        return " and i.trajectoryId in (select vt.id from Trajectory vt where vt.coach = :caseloadUser"
                + " or vt.coach is null" + groups + ")";
    }
}
