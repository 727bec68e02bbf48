package be.actraject.demo;

import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;


/** Finds and claims a demo candidate's open task, as the person would in the worklist. */
class DemoSteps {

    private final WorkItems workItems;
    private final TaskClaims claims;
    private final JdbcTemplate jdbc;

    DemoSteps(WorkItems workItems, TaskClaims claims, JdbcTemplate jdbc) {
        this.workItems = workItems;
        this.claims = claims;
        this.jdbc = jdbc;
    }

    /**
     * The group's members, placed today by the demo, joined on {@code day}: the demo's sessions lie in the past, and
     * only who belonged to a group on a session's day is on its attendance. No service moves a placement back, so the
     * demo writes the date it tells.
     */
    void membersJoinedOn(long groupId, LocalDate day) {
        jdbc.update("update learning_group_member set joined_on = ? where group_id = ? and joined_on > ?",
                day, groupId, day);
    }

    /**
     * Moves a session planned ahead back to when the demo's story has it held: the domain refuses to plan one in the
     * past (issue 16). Its timer still waits for the planned end; the demo fires it.
     */
    void sessionMovedBackTo(long sessionId, Instant startsAt) {
        jdbc.update("update collective_session set starts_at = ? where id = ?", Timestamp.from(startsAt), sessionId);
    }

    /**
     * The task of this kind for the trajectory, claimed by the actor: one of the trajectory's own open tasks (not the
     * actor's whole worklist, which the extra candidates make long), held by the actor or free.
     */
    String claim(long trajectoryId, UserTask kind, Actor actor) {
        String taskId = workItems.openFor(trajectoryId, actor).stream()
                .filter(w -> w.taskKey().equals(kind.key()))
                .filter(w -> w.assignee() == null || w.assignee().equals(actor.userId()))
                .map(WorkItem::taskId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo: no " + kind + " for trajectory " + trajectoryId
                        + " in the worklist of " + actor.userId()));
        claims.claim(taskId, actor);
        return taskId;
    }

    /** The attendance task of a session, claimed by the group's coach. */
    String claimSession(long sessionId, Actor coach) {
        String taskId = workItems.openTo(coach).stream()
                .filter(w -> w.sessionId() != null && w.sessionId() == sessionId)
                .map(WorkItem::taskId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo: no attendance task for session " + sessionId));
        claims.claim(taskId, coach);
        return taskId;
    }

    /** The actor's task of this kind, handed over to a colleague with a note. */
    void handOver(long trajectoryId, UserTask kind, Actor from, String to, String note) {
        claims.handOver(claim(trajectoryId, kind, from), to, note, from);
    }

    /** The actor's task of this kind, put aside until a later day. */
    void followUp(long trajectoryId, UserTask kind, Actor holder, LocalDate day) {
        claims.followUp(claim(trajectoryId, kind, holder), day, holder);
    }
}
