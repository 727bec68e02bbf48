package be.actraject.bpmn.task;

import be.actraject.domain.access.Actor;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A worklist answered by the database: which open tasks a person sees in a scope, counted by stage, task, coach and
 * due date, and one page of them in order. Plain SQL that H2 and PostgreSQL both run.
 *
 * <p>Why SQL of our own rather than the engine's {@code TaskQuery}: the caseload rule (who sees which candidate, which
 * session) and the stage, coach and name a worklist filters on live in the domain's tables, reached through the
 * process instance's business key ({@link BusinessKeys}). The engine's query can neither join them nor page or count
 * what such a join keeps, so the worklist used to read every open task of the person (all of the cooperative's for a
 * coordinator) and filter, count and page them in memory: time that grew with the number of tasks (issue 19).
 *
 * <p>The engine's tables read here are its documented runtime tables (Camunda 7 "Database Schema": ACT_RU_TASK,
 * ACT_RU_EXECUTION, ACT_RU_IDENTITYLINK, ACT_ID_MEMBERSHIP), whose columns the engine's own migrations keep; a
 * compatible fork keeps them too. Only columns the public {@code Task} API also exposes are read, with the meanings
 * the engine gives them: SUSPENSION_STATE_ 1 is active; a candidate is an identity link of TYPE_ 'candidate' to the
 * user or to a group of theirs in the engine's identity service (what {@code TaskQuery.taskCandidateUser} asks).
 *
 * <p>Each method is one statement. The counts come back grouped by every value a count or filter needs, so their rows
 * are bounded by the vocabulary (stages × tasks × coaches), not by the number of tasks.
 */
@Component
class WorklistRows {

    /** The trajectory id a business key names: digits only (and few enough for a bigint), else null. */
    private static final String TRAJECTORY_OF_KEY = "case when length(E.BUSINESS_KEY_) between 1 and 18"
            + " and ltrim(E.BUSINESS_KEY_, '0123456789') = '' then cast(E.BUSINESS_KEY_ as bigint) end";

    private static final int ID_FROM = BusinessKeys.SESSION_PREFIX.length() + 1;
    /** The session id a business key names: the session prefix, then digits only; else null. */
    private static final String SESSION_OF_KEY = "case when E.BUSINESS_KEY_ like '" + BusinessKeys.SESSION_PREFIX
            + "%' and length(E.BUSINESS_KEY_) between " + ID_FROM + " and " + (ID_FROM + 17)
            + " and ltrim(substring(E.BUSINESS_KEY_, " + ID_FROM + "), '0123456789') = ''"
            + " then cast(substring(E.BUSINESS_KEY_, " + ID_FROM + ") as bigint) end";

    /** {@link WorkItem#stage()}: the aftercare once the trajectory ended, else its phase; a session's task. */
    private static final String STAGE = "case when TR.id is null then '" + WorkItem.SESSION + "'"
            + " when TR.exit_type is not null then '" + WorkItem.AFTERCARE + "'"
            + " else coalesce(TR.phase, '" + WorkItem.NONE + "') end";
    private static final String COACH = "case when TR.id is null then G.coach else TR.coach end";
    /** {@code Candidate.fullName()}, or the learning group's name. */
    private static final String SUBJECT = "case when TR.id is null then G.name"
            + " else C.first_name || ' ' || C.last_name end";
    private static final String MATCHES_CANDIDATE = "lower(" + SUBJECT + ") like :candidate escape '\\'";

    private static final String FROM = " from ACT_RU_TASK T join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
            + " left join trajectory TR on TR.id = " + TRAJECTORY_OF_KEY
            + " left join collective_session S on S.id = " + SESSION_OF_KEY
            + " left join learning_group G on G.id = S.group_id";
    private static final String CANDIDATE_JOIN = " left join candidate C on C.id = TR.candidate_id";

    private static final String COLUMNS = "select T.ID_, T.TASK_DEF_KEY_, T.NAME_, T.CREATE_TIME_, T.DUE_DATE_,"
            + " T.ASSIGNEE_, T.FOLLOW_UP_DATE_, T.OWNER_, T.DESCRIPTION_, TR.id, S.id";

    private final NamedParameterJdbcTemplate jdbc;

    WorklistRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One count of visible tasks in a scope with the same values.
     *
     * @param overdue          whether they were due before now
     * @param candidateMatches whether the subject contains the query's candidate text (true when none is asked)
     */
    record Group(WorklistScope scope, String stage, String taskKey, String coach, boolean overdue,
                 boolean candidateMatches, int count) {
    }

    /** The scopes a person may use: their own and the claimable tasks; every task for a coordinator. */
    static List<WorklistScope> scopesOf(Actor actor) {
        return actor.has(Role.COORDINATOR) ? List.of(WorklistScope.values())
                : List.of(WorklistScope.MINE, WorklistScope.CLAIMABLE);
    }

    /** The visible tasks of every scope the actor may use, counted by what the query's filters and counts name. */
    List<Group> groups(WorklistQuery query, Actor actor, Instant now) {
        String matches = query.candidate() == null ? "1" : "case when " + MATCHES_CANDIDATE + " then 1 else 0 end";
        List<String> branches = new ArrayList<>();
        for (WorklistScope scope : scopesOf(actor)) {
            branches.add("select '" + scope.name() + "' as scope, " + STAGE + " as stage, T.TASK_DEF_KEY_ as task_key, "
                    + COACH + " as coach, case when T.DUE_DATE_ < :now then 1 else 0 end as overdue, "
                    + matches + " as matches" + from(query) + where(scope, actor));
        }
        String sql = "select scope, stage, task_key, coach, overdue, matches, count(*) from ("
                + String.join(" union all ", branches)
                + ") w group by scope, stage, task_key, coach, overdue, matches";
        return jdbc.query(sql, parameters(query, actor, now), (rs, n) -> new Group(
                WorklistScope.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7)));
    }

    /** The page's tasks of the query's scope that pass all its filters, in its order. */
    List<TaskRow> page(WorklistQuery query, Actor actor, Instant now, int offset, int limit) {
        String sql = COLUMNS + from(query) + where(query.scope(), actor) + filters(query) + orderBy(query.sort())
                + " limit :limit offset :offset";
        return jdbc.query(sql, parameters(query, actor, now).addValue("limit", limit).addValue("offset", offset),
                WorklistRows::row);
    }

    /** Every visible task of a scope, unfiltered, the oldest first. */
    List<TaskRow> all(WorklistScope scope, Actor actor) {
        WorklistQuery query = WorklistQuery.of(scope);
        String sql = COLUMNS + from(query) + where(scope, actor) + orderBy(WorklistSort.AGE);
        return jdbc.query(sql, parameters(query, actor, null), WorklistRows::row);
    }

    /**
     * The candidate groups the tasks are offered to (identity links of TYPE_ 'candidate', assigned or not — what
     * {@code TaskQuery.taskCandidateGroup(g).includeAssignedTasks()} asks), among the groups named: one statement by
     * the links' task index, where the engine's query for each group took a fifth of a worklist page (issue 19).
     *
     * @return by task id, its groups among {@code groupIds}; a task without one is absent
     */
    Map<String, Set<String>> candidateGroupsOf(Collection<String> taskIds, Collection<String> groupIds) {
        if (taskIds.isEmpty() || groupIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.query("select I.TASK_ID_, I.GROUP_ID_ from ACT_RU_IDENTITYLINK I where I.TASK_ID_ in (:tasks)"
                        + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (:groups)",
                new MapSqlParameterSource().addValue("tasks", taskIds).addValue("groups", groupIds),
                (ResultSet rs) -> {
                    groups.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return groups;
    }

    private static String from(WorklistQuery query) {
        // The candidate's name is only read to filter on it: the page's items take it from the entities.
        return query.candidate() == null ? FROM : FROM + CANDIDATE_JOIN;
    }

    /** Active tasks of the scope whose trajectory or session exists and that the actor may see. */
    private static String where(WorklistScope scope, Actor actor) {
        String inScope = switch (scope) {
            case MINE -> "T.ASSIGNEE_ = :user";
            // TaskQuery.taskCandidateUser: unheld, offered by name or to one of the user's groups.
            case CLAIMABLE -> "T.ASSIGNEE_ is null and T.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I"
                    + " where I.TYPE_ = 'candidate' and (I.USER_ID_ = :user or I.GROUP_ID_ in"
                    + " (select M.GROUP_ID_ from ACT_ID_MEMBERSHIP M where M.USER_ID_ = :user)))";
            case ALL -> "1 = 1";
        };
        // Caseload.visibility: one's own candidates, those without a coach, the members of the groups one leads.
        String trajectoryVisible = actor.seesAllCandidates() ? "TR.id is not null"
                : "TR.id is not null and (T.ASSIGNEE_ = :user or TR.coach is null or TR.coach = :user"
                + " or exists (select 1 from learning_group_member LM join learning_group LG on LG.id = LM.group_id"
                + " where LM.trajectory_id = TR.id and LG.coach = :user))";
        String sessionVisible = actor.has(Role.COORDINATOR) ? "S.id is not null"
                : "S.id is not null and (T.ASSIGNEE_ = :user or G.coach = :user)";
        return " where T.SUSPENSION_STATE_ = 1 and " + inScope
                + " and ((" + trajectoryVisible + ") or (" + sessionVisible + "))";
    }

    private static String filters(WorklistQuery query) {
        StringBuilder sql = new StringBuilder();
        if (query.stage() != null) {
            sql.append(" and ").append(STAGE).append(" = :stage");
        }
        if (query.taskKey() != null) {
            sql.append(" and T.TASK_DEF_KEY_ = :taskKey");
        }
        if (query.candidate() != null) {
            sql.append(" and ").append(MATCHES_CANDIDATE);
        }
        if (query.coach() != null) {
            sql.append(" and ").append(COACH).append(" = :coach");
        }
        if (query.overdue()) {
            sql.append(" and T.DUE_DATE_ < :now");
        }
        return sql.toString();
    }

    private static String orderBy(WorklistSort sort) {
        return sort == WorklistSort.AGE ? " order by T.CREATE_TIME_, T.ID_"
                : " order by T.DUE_DATE_ nulls last, T.CREATE_TIME_, T.ID_";
    }

    private static MapSqlParameterSource parameters(WorklistQuery query, Actor actor, Instant now) {
        return new MapSqlParameterSource()
                .addValue("user", actor.userId())
                // As the engine writes its dates: a Timestamp in the JVM's zone.
                .addValue("now", now == null ? null : Timestamp.from(now))
                .addValue("stage", query.stage())
                .addValue("taskKey", query.taskKey())
                .addValue("candidate", query.candidate() == null ? null : containing(query.candidate()))
                .addValue("coach", query.coach());
    }

    /** A like pattern for text typed by a person: their % and _ are letters, not wildcards. */
    private static String containing(String typed) {
        String escaped = typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static TaskRow row(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8),
                rs.getString(9), id(rs, 10), id(rs, 11));
    }

    private static Long id(ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
