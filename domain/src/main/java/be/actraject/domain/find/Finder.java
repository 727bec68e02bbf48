package be.actraject.domain.find;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.Role;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The search behind the navigation's box: candidates by name (accents and case aside), job seeker number, e-mail or
 * phone digits; customers by name; invoices by number, and for office staff and coordinators by structured
 * communication — only within the searcher's caseload (issue 16). Four
 * statements whatever the data (three when no candidate is found; a coach's one more: the members of the groups they
 * lead), none before two characters are typed. Two characters are sought at word starts only ({@link SearchText}).
 */
@Service
@Transactional(readOnly = true)
public class Finder {

    private final EntityManager entities;
    private final Caseload caseload;

    public Finder(EntityManager entities, Caseload caseload) {
        this.entities = entities;
        this.caseload = caseload;
    }

    /** The most characters (code points) of a search box that count: the boxes' {@code maxlength}. */
    public static final int MAX_LENGTH = 100;

    /**
     * What was typed in a search box as far as it counts: its first {@value #MAX_LENGTH} characters, never a
     * character cut in two; "" for null. A longer text (pasted, or sent without the browser's limit) is cut, never
     * refused — each of its words would otherwise be one more LIKE in the statement (a tester's 6.8 kB took 2 s).
     */
    public static String asTyped(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.codePointCount(0, typed.length()) <= MAX_LENGTH ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, MAX_LENGTH));
    }

    /** Whether {@link #find} answers what was typed: two letters or digits at least ("d'" is one, and is not). */
    public static boolean answers(String typed) {
        return SearchText.of(typed).answerable();
    }

    /**
     * @param typed what was typed, as it came; fewer than two letters or digits find nothing
     * @param limit the most of each kind to return (1 or more)
     */
    public Findings find(String typed, Actor actor, int limit) {
        SearchText text = SearchText.of(typed);
        if (!text.answerable()) {
            return Findings.NONE;
        }
        List<Trajectory> candidates = candidates(text, actor, limit + 1);
        // A customer by its folded name, as a candidate: "cagri" finds "Çağrı Bakkal", "at" finds "L'Atelier",
        // "hotel valk" finds "De Valk Hotel".
        Map<String, Object> customerParameters = new HashMap<>();
        String customerName = text.nameMatch("cu.searchName", "customer", customerParameters);
        List<Findings.Hit> customers = customerName == null ? List.of() : hits("""
                select cu.id, cu.name, cu.email, c.id, c.firstName, c.lastName from Customer cu, Trajectory t
                join t.candidate c where t.id = cu.trajectoryId and """ + customerName, "cu.name, cu.id",
                customerParameters, actor, limit + 1);
        String communication = communication(text, actor);
        List<Findings.Hit> invoices = hits("""
                select i.id, i.number, i.customerName, c.id, c.firstName, c.lastName from Invoice i, Trajectory t
                join t.candidate c where t.id = i.trajectoryId and i.number is not null and (upper(i.number) like :label"""
                + (communication == null ? ")" : " or i.communication = '" + communication + "')"),
                "i.number, i.id",
                Map.of("label", text.pattern(text.upper())), actor, limit + 1);
        boolean more = candidates.size() > limit || customers.size() > limit || invoices.size() > limit;
        return new Findings(cut(candidates, limit), cut(customers, limit), cut(invoices, limit), more);
    }

    /**
     * The digits of a structured communication ({@code +++020/2600/00380+++} typed any way) for those who follow
     * payments — office staff and coordinators — so that a bank line's communication leads to its invoice; null
     * otherwise. Only twelve digits with a valid check reach the statement, so inlining them is safe.
     */
    private static String communication(SearchText text, Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.COORDINATOR)) {
            return null;
        }
        String digits = text.raw().replaceAll("[+*/ .-]", "");
        return StructuredCommunication.isValid(digits) ? digits : null;
    }

    /**
     * The candidates found, those whose name has a word starting with what was typed first, each kind by sort name:
     * two parts of one statement, each in name order with its own limit, so that PostgreSQL can walk the name index
     * and stop at {@code limit} rows when many match ("kandidaat" in 30,000), or take the few a trigram index finds
     * and sort them; the second part is not read at all once the first fills the limit (issue 19). A single "order
     * by rank, name" would read and sort every match.
     */
    private List<Trajectory> candidates(SearchText text, Actor actor, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String matches = text.candidateClause("c", parameters);
        String wordStart = text.wordStartClause("c", parameters);
        String jpql = wordStart.isEmpty()
                ? current(1, actor, parameters) + matches + " order by c.sortName, c.id"
                : "(" + current(0, actor, parameters) + wordStart + " order by c.sortName, c.id limit "
                + limit + ") union all (" + current(1, actor, parameters) + matches
                + text.notWordStartClause("c", parameters) + " order by c.sortName, c.id limit " + limit + ")";
        TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        // Ranked again here: a parallel plan may interleave the parts; within each, the order is the statement's.
        List<Long> ids = query.setMaxResults(limit).getResultList().stream()
                .sorted(Comparator.comparingInt(row -> ((Number) row[1]).intValue()))
                .map(row -> (Long) row[0]).toList();
        Map<Long, Trajectory> byId = caseload.byIds(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * "select t.id, rank …" over the candidates' current trajectories in the caseload. The candidate's current
     * trajectory only (an earlier one would show an old status), and only candidates whose current trajectory is in
     * the caseload: the dossier the hit opens requires that (a 403 otherwise).
     */
    private static String current(int rank, Actor actor, Map<String, Object> parameters) {
        return "select t.id, " + rank + " from Trajectory t join t.candidate c where not exists (select later.id"
                + " from Trajectory later where later.candidate = c and later.id > t.id)"
                + CaseloadClause.onCurrentTrajectory("t", actor, parameters);
    }

    private List<Findings.Hit> hits(String select, String order, Map<String, Object> bound, Actor actor,
                                    int limit) {
        Map<String, Object> parameters = new HashMap<>(bound);
        // As the candidates: a hit opens the candidate's dossier, which requires every trajectory in the caseload.
        String jpql = select + CaseloadClause.onCandidateReached("c", actor, parameters) + " order by " + order;
        TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new Findings.Hit((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                        row[4] + " " + row[5]))
                .toList();
    }

    private static <T> List<T> cut(List<T> list, int limit) {
        return list.size() > limit ? list.subList(0, limit) : list;
    }
}
