package be.actraject.domain.find;

import be.actraject.domain.access.Actor;

import java.util.Map;
import java.util.Set;

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
     * the dossier applies ({@link be.actraject.domain.trajectory.Caseload#dossier}), so that what a list offers
     * opens; "" when the actor sees everyone. Binds :caseloadUser (and :caseloadGroups) into the parameters.
     * <p>
     * Written so that PostgreSQL finds the caseload by index (issue 19): the visible trajectories by the coach index
     * and their ids, then whether a later one exists by the candidate index. A subquery among the "or"s, or the
     * latest trajectory sought per candidate, would make it read every candidate and trajectory instead — which is
     * why the candidate list, which reads the whole caseload, binds the members' ids; a statement that reaches few
     * candidates first takes {@link #onCandidateReached}.
     *
     * @param inGroups the trajectories in the groups the actor leads ({@link
     *                 be.actraject.domain.trajectory.Caseload#inGroupsLedBy})
     */
    static String onCandidate(String candidate, Actor actor, Set<Long> inGroups, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        String groups = "";
        if (!inGroups.isEmpty()) {
            groups = " or cl.id in :caseloadGroups";
            parameters.put("caseloadGroups", inGroups);
        }
        return " and " + candidate + ".id in (select cl.candidate.id from Trajectory cl"
                + " where (cl.coach = :caseloadUser or cl.coach is null" + groups + ")"
                + " and not exists (select later.id from Trajectory later where later.candidate = cl.candidate"
                + " and later.id > cl.id))";
    }

    /**
     * The rule of {@link #onCandidate} for a statement that reaches few candidates before it (the search's customers
     * and invoices, found by their own indexes): a group's membership looked up for each trajectory reached (unique
     * per trajectory), instead of the ids of every member bound — which cost in the node with every member: a coach
     * leading groups of 3,000 (the load harness's at 30,000) made each search 40 ms slower (stop 34). Binds
     * :caseloadUser.
     */
    static String onCandidateReached(String candidate, Actor actor, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        return " and " + candidate + ".id in (select cl.candidate.id from Trajectory cl"
                + " where (cl.coach = :caseloadUser or cl.coach is null or " + inGroupLed("cl") + ")"
                + " and not exists (select later.id from Trajectory later where later.candidate = cl.candidate"
                + " and later.id > cl.id))";
    }

    /**
     * " and …" on a trajectory alias known to be its candidate's current (latest) one: the same rule as
     * {@link #onCandidate}, which then needs no subquery — the trajectory's own coach or group decides, so that a
     * search can walk the candidates in name order and stop at the first few in the caseload (issue 19). "" when the
     * actor sees everyone. Binds :caseloadUser.
     */
    static String onCurrentTrajectory(String trajectory, Actor actor, Map<String, Object> parameters) {
        if (actor.seesAllCandidates()) {
            return "";
        }
        parameters.put("caseloadUser", actor.userId());
        return " and (" + trajectory + ".coach = :caseloadUser or " + trajectory + ".coach is null or "
                + inGroupLed(trajectory) + ")";
    }

    /** The trajectory is a member of a learning group the actor (:caseloadUser) leads. */
    private static String inGroupLed(String trajectory) {
        return "exists (select gm.id from GroupMember gm where gm.trajectoryId = " + trajectory + ".id"
                + " and gm.group.coach = :caseloadUser)";
    }
}
