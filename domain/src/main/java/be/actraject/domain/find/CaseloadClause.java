package be.actraject.domain.find;

import be.actraject.domain.access.Actor;

import java.util.Map;

/**
 * The caseload rule of {@link be.actraject.domain.trajectory.Caseload} as a JPQL condition on a trajectory alias:
 * a coach's own candidates, those no coach has taken yet, and the members of the groups the coach leads; nothing for
 * those who see all candidates.
 */
final class CaseloadClause {

    private CaseloadClause() {
    }

    /** " and (…)" on the alias, or "" when the actor sees everyone; binds :caseloadUser into the parameters. */
    static String on(String trajectory, Actor actor, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        return " and (" + trajectory + ".coach = :caseloadUser or " + trajectory + ".coach is null or " + trajectory
                + ".id in (select m.trajectoryId from GroupMember m where m.group.coach = :caseloadUser))";
    }
}
