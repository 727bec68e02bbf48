package be.actraject.domain.find;

import be.actraject.domain.access.Actor;

import java.util.Map;

/**
 * The caseload rule of {@link be.actraject.domain.trajectory.Caseload} as a JPQL condition on a candidate alias, over all their trajectories:
 * a coach's own candidates, those no coach has taken yet, and the members of the groups the coach leads; nothing for
 * those who see all candidates.
 */
final class CaseloadClause {

    private CaseloadClause() {
    }

    /**
     * " and …" on a candidate alias: the candidate's current (latest) trajectory is in the actor's caseload, the rule
     * the dossier applies ({@link be.actraject.domain.trajectory.Caseload#dossier}), so that what the search offers
     * opens; "" when the actor sees everyone. Binds :caseloadUser into the parameters.
     */
    static String onCandidate(String candidate, Actor actor, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        return " and exists (select cl.id from Trajectory cl where cl.candidate = " + candidate
                + " and cl.id = (select max(cl2.id) from Trajectory cl2 where cl2.candidate = " + candidate + ")"
                + " and " + visible("cl") + ")";
    }

    private static String visible(String trajectory) {
        return "(" + trajectory + ".coach = :caseloadUser or " + trajectory + ".coach is null or " + trajectory
                + ".id in (select m.trajectoryId from GroupMember m where m.group.coach = :caseloadUser))";
    }
}
