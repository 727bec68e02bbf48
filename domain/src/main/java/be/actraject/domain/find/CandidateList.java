package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The list of candidates (their trajectories) within the actor's caseload, filtered, sorted and paged in the
 * database: three statements a page whatever the caseload's size — the counts per status, which give the total too
 * ({@link StatusCounts}); the page's ids; the page's trajectories with candidates and phases — and for a coach a
 * fourth, the members of the groups they lead ({@link CaseloadClause}).
 */
@Service
@Transactional(readOnly = true)
public class CandidateList {

    private final EntityManager entities;
    private final Caseload caseload;
    private final KeptStatusCounts keptCounts;

    CandidateList(EntityManager entities, Caseload caseload, KeptStatusCounts keptCounts) {
        this.entities = entities;
        this.caseload = caseload;
        this.keptCounts = keptCounts;
    }

    /**
     * @param aftercareSince the first exit day whose aftercare still runs ({@link TrajectoryStatus#of})
     */
    public CandidatePage list(CandidateFilter filter, Actor actor, LocalDate aftercareSince) {
        return list(filter, actor, aftercareSince, List.of());
    }

    /**
     * @param coachesByName the coaches' user ids in the order of their names (Dutch, folded, as the candidates'):
     *                      the accounts live in the engine's identity store, so sorting by coach ranks each row by
     *                      its coach's place here, in the same statement; a coach missing from it comes after them
     */
    public CandidatePage list(CandidateFilter filter, Actor actor, LocalDate aftercareSince,
                              List<String> coachesByName) {
        Map<String, Object> narrowed = new HashMap<>();
        String where = " from Trajectory t join t.candidate c where 1 = 1"
                + narrowing(filter, actor, caseload.inGroupsLedBy(actor), narrowed);
        Map<String, Object> parameters = new HashMap<>(narrowed);
        String filtered = where + StatusClause.of(filter.status(), aftercareSince, parameters);
        KeptStatusCounts.Counted counted = keptCounts.of(actor, filter, aftercareSince,
                () -> StatusCounts.of(entities, where, narrowed, aftercareSince));
        Map<TrajectoryStatus, Long> counts = counted.counts();
        long matching = StatusCounts.total(counts, filter.status());
        // A page beyond the last (an old bookmark, ?page=99999) shows the last: never "page 100.000 of 1". Kept
        // counts may be behind the rows (a candidate registered since): then the page asked is read, and only when
        // it holds no row is the last page by the counts read instead.
        int lastPage = (int) Math.max(0, (matching - 1) / filter.size());
        int shown = counted.countedAt() != null ? filter.page() : Math.min(filter.page(), lastPage);

        String direction = filter.descending() ? " desc" : " asc";
        // The order's own parameters: the counts' statement has no order.
        Map<String, Object> ordering = new HashMap<>();
        String column = filter.sort() == CandidateFilter.Sort.COACH
                ? coachRank(coachesByName, ordering) : filter.sort().column;
        TypedQuery<Long> page = entities.createQuery("select t.id" + filtered + " order by "
                + column + direction + (filter.sort().nullable ? " nulls last" : "") + ", c.sortName" + direction
                + ", t.id" + direction,
                Long.class);
        parameters.forEach(page::setParameter);
        ordering.forEach(page::setParameter);
        List<Long> ids = page.setFirstResult(shown * filter.size()).setMaxResults(filter.size())
                .getResultList();
        if (ids.isEmpty() && shown > lastPage) {
            shown = lastPage;
            ids = page.setFirstResult(shown * filter.size()).getResultList();
        }

        Map<Long, Trajectory> byId = caseload.byIds(ids);
        List<Trajectory> rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new CandidatePage(rows, matching, counts, shown, filter.size(), counted.countedAt());
    }

    /** The coach's place in {@code coachesByName}, null for no coach (so that the pool comes last, as before). */
    private static String coachRank(List<String> coachesByName, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder("case");
        for (int i = 0; i < coachesByName.size(); i++) {
            jpql.append(" when t.coach = :coachRank").append(i).append(" then ").append(i);
            parameters.put("coachRank" + i, coachesByName.get(i));
        }
        return jpql.append(" when t.coach is not null then ").append(coachesByName.size()).append(" end").toString();
    }

    private static String narrowing(CandidateFilter filter, Actor actor, Set<Long> inGroups,
                                     Map<String, Object> parameters) {
        // The dossier's rule: a row opens only when every trajectory of its candidate is in the caseload.
        StringBuilder jpql = new StringBuilder(CaseloadClause.onCandidate("c", actor, inGroups, parameters));
        if (CandidateFilter.NO_COACH.equals(filter.coach())) {
            jpql.append(" and t.coach is null");
        } else if (filter.coach() != null && !filter.coach().isBlank()) {
            jpql.append(" and t.coach = :coach");
            parameters.put("coach", filter.coach());
        }
        if (filter.mine()) {
            jpql.append(" and t.coach = :me");
            parameters.put("me", actor.userId());
        }
        if (filter.groupId() != null) {
            jpql.append(" and t.id in (select m.trajectoryId from GroupMember m where m.group.id = :group)");
            parameters.put("group", filter.groupId());
        }
        jpql.append(SearchText.of(filter.text()).candidateClause("c", parameters));
        return jpql.toString();
    }
}
