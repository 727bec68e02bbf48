package be.actraject.domain.invoicebook;

import be.actraject.domain.access.Actor;

import java.util.Map;

/**
 * The caseload rule of {@link be.actraject.domain.trajectory.Caseload#visibility} as a JPQL condition on the invoice
 * alias {@code i}: the invoices of the trajectories the actor sees (their own, those without a coach, those of the
 * groups they lead), every invoice for those who see all candidates. The open-invoices list applied the same rule.
 */
final class BookCaseload {

    private BookCaseload() {
    }

    static String of(Actor actor, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        return " and exists (select vt.id from Trajectory vt where vt.id = i.trajectoryId and (vt.coach = :caseloadUser"
                + " or vt.coach is null"
                + " or vt.id in (select m.trajectoryId from GroupMember m where m.group.coach = :caseloadUser)))";
    }
}
