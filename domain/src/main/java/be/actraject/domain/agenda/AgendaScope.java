package be.actraject.domain.agenda;

import be.actraject.domain.access.Actor;
import jakarta.persistence.Query;

/**
 * Whose candidates an agenda shows, as a JPQL condition on a trajectory alias, so that each period query applies the
 * caseload rule itself instead of naming the whole caseload's ids (issue 19): a coach's agenda holds the candidates
 * she is the coach of now (not the pool, nor the members of the groups she leads, whose appointments are their own
 * coach's); whoever sees every candidate has no condition. The rule of {@code Caseload#inAgendaOf} before it.
 *
 * @param coach the coach whose candidates, null for all
 */
record AgendaScope(String coach) {

    static AgendaScope of(Actor actor) {
        return new AgendaScope(actor.seesAllCandidates() ? null : actor.userId());
    }

    boolean all() {
        return coach == null;
    }

    /** " and {t}.coach = :agendaCoach", or "" for all; found by the coach index ({@code ix_trajectory_coach}). */
    String on(String trajectory) {
        return all() ? "" : " and " + trajectory + ".coach = :agendaCoach";
    }

    /** Binds what {@link #on} asks for. */
    <Q extends Query> Q bind(Q query) {
        if (!all()) {
            query.setParameter("agendaCoach", coach);
        }
        return query;
    }
}
