package be.actraject.bpmn.task;

import be.actraject.bpmn.identity.Account;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whom the tasks of a worklist page can be handed over to, with the rules of {@link TaskClaims#handOver} — the
 * colleague does not hold the task already, is among its candidates by a role, and may see its candidate (or leads
 * its session's group) — so that the worklist offers exactly the colleagues the hand-over accepts (issue 16: it
 * offered two colleagues and both were refused). A fixed number of queries whatever the page's length: the
 * colleagues, the candidate groups of the page's tasks, and the leaders of the candidates' learning groups.
 */
@Service
public class HandOverChoices {

    /**
     * The roles whose members can be handed a task, the order the screen lists them in; the hand-over judges a
     * colleague in these roles only ({@link TaskClaims#handOver}).
     */
    static final List<Role> TAKING_ROLES = List.of(Role.COACH, Role.COORDINATOR);

    private final Accounts accounts;
    private final WorklistRows rows;
    private final Caseload caseload;

    HandOverChoices(Accounts accounts, WorklistRows rows, Caseload caseload) {
        this.accounts = accounts;
        this.rows = rows;
        this.caseload = caseload;
    }

    /**
     * @return by task id, the choice for each item the actor may hand over (they hold it, or they are a
     *         coordinator and someone holds it); items they may not hand over are left out
     */
    @Transactional(readOnly = true)
    public Map<String, HandOverChoice> of(List<WorkItem> items, Actor actor) {
        List<WorkItem> handing = items.stream().filter(i -> i.assignee() != null
                && (i.isAssignedTo(actor.userId()) || actor.has(Role.COORDINATOR))).toList();
        if (handing.isEmpty()) {
            return Map.of();
        }
        List<Account> colleagues = colleagues(actor);
        Map<String, Set<String>> groupsOfTask = rows.candidateGroupsOf(
                handing.stream().map(WorkItem::taskId).toList(), TAKING_ROLES.stream().map(Role::groupId).toList());
        Map<Role, Set<String>> tasksOfRole = new HashMap<>();
        for (Role role : TAKING_ROLES) {
            tasksOfRole.put(role, groupsOfTask.entrySet().stream().filter(e -> e.getValue().contains(role.groupId()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet()));
        }
        Map<Long, Set<String>> leaders = caseload.groupLeadersOf(handing.stream().map(WorkItem::trajectoryId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, HandOverChoice> choices = new LinkedHashMap<>();
        for (WorkItem item : handing) {
            List<Account> offered = new ArrayList<>();
            List<HandOverChoice.Missing> missing = new ArrayList<>();
            for (Account colleague : colleagues) {
                refusal(item, colleague, tasksOfRole, leaders).ifPresentOrElse(
                        reason -> missing.add(new HandOverChoice.Missing(colleague, reason)),
                        () -> offered.add(colleague));
            }
            choices.put(item.taskId(), new HandOverChoice(List.copyOf(offered), List.copyOf(missing)));
        }
        return choices;
    }

    /** Coaches and coordinators other than oneself, each once with their taking roles ({@link #TAKING_ROLES}). */
    private List<Account> colleagues(Actor actor) {
        Map<String, Account> byId = new LinkedHashMap<>();
        TAKING_ROLES.forEach(role -> accounts.members(role).forEach(a -> byId.merge(a.userId(), a,
                (known, more) -> new Account(known.userId(), known.firstName(), known.lastName(),
                        union(known.roles(), more.roles())))));
        byId.remove(actor.userId());
        return List.copyOf(byId.values());
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> all = java.util.EnumSet.noneOf(Role.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static Optional<HandOverRefusedException.Reason> refusal(WorkItem item, Account colleague,
                                                                     Map<Role, Set<String>> tasksOfRole,
                                                                     Map<Long, Set<String>> leaders) {
        if (item.isAssignedTo(colleague.userId())) {
            return Optional.of(HandOverRefusedException.Reason.ALREADY_HOLDS);
        }
        boolean candidate = colleague.roles().stream()
                .anyMatch(r -> tasksOfRole.getOrDefault(r, Set.of()).contains(item.taskId()));
        if (!candidate) {
            return Optional.of(HandOverRefusedException.Reason.NOT_CANDIDATE);
        }
        return sees(item, new Actor(colleague.userId(), colleague.roles()), leaders) ? Optional.empty()
                : Optional.of(HandOverRefusedException.Reason.OUTSIDE_CASELOAD);
    }

    /** The caseload rule ({@link Caseload#maySee}), and for a session the rule of its group's leader. */
    private static boolean sees(WorkItem item, Actor colleague, Map<Long, Set<String>> leaders) {
        if (item.trajectoryId() != null) {
            return colleague.seesAllCandidates() || item.coach() == null || item.coach().equals(colleague.userId())
                    || leaders.getOrDefault(item.trajectoryId(), Set.of()).contains(colleague.userId());
        }
        return item.sessionId() != null
                && (colleague.has(Role.COORDINATOR) || colleague.userId().equals(item.coach()));
    }
}
