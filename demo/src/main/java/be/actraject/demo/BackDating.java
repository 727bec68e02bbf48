package be.actraject.demo;

import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * Moves a demo trajectory's past into the past. The demo walks its former candidates through the real services,
 * which date what they record today (the exit, the timeline, the decisions) and rightly take no other day; no
 * service moves an exit back. So the demo writes, fact by fact, the days its story tells ({@link PastExits}), the way
 * {@link DemoSteps#sessionMovedBackTo} does for a session. Each statement touches one trajectory only.
 */
class BackDating {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;

    BackDating(JdbcTemplate jdbc, TaskService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /**
     * What the services recorded for the trajectory from {@code since} on happened at {@code at}: its timeline lines,
     * its decisions (the exit registration's), its conversation reports' and follow-ups' recording times, and the
     * candidate's registration. The dossier orders its history by these, so that it reads entry, conversation, exit,
     * follow-ups in the order of the story.
     */
    void recordedAt(long trajectoryId, Instant since, Instant at) {
        Timestamp from = Timestamp.from(since);
        Timestamp to = Timestamp.from(at);
        jdbc.update("update timeline_entry set occurred_at = ? where trajectory_id = ? and occurred_at >= ?",
                to, trajectoryId, from);
        jdbc.update("update decision_record set decided_at = ? where trajectory_id = ? and decided_at >= ?",
                to, trajectoryId, from);
        jdbc.update("update individual_conversation set recorded_at = ? where trajectory_id = ? and recorded_at >= ?",
                to, trajectoryId, from);
        jdbc.update("update aftercare_contact set recorded_at = ? where trajectory_id = ? and recorded_at >= ?",
                to, trajectoryId, from);
        jdbc.update("update candidate set registered_at = ? where registered_at >= ? and id = "
                + "(select candidate_id from trajectory where id = ?)", to, from, trajectoryId);
    }

    /**
     * The trajectory ended on {@code exit}, not today: its exit day, and the last phase period, which the exit closed
     * today. The aftercare's timers are dated from the exit day when they are made, so this comes before the first
     * follow-up is due; the survival figures and the dossier's follow-ups read the same day.
     */
    void exitedOn(long trajectoryId, LocalDate exit, LocalDate today) {
        jdbc.update("update trajectory set end_date = ? where id = ? and end_date = ?", exit, trajectoryId, today);
        jdbc.update("update trajectory_phase set ended_on = ? where trajectory_id = ? and ended_on = ?",
                exit, trajectoryId, today);
    }

    /**
     * The trajectory's open follow-up task came when its timer fell due at {@code due}, not today when the demo fired
     * it: the worklist shows since when a task waits and when it is due, so both move back by the same span (its due
     * date keeps the time the model gives a follow-up). The engine's API sets a due date; the creation time only the
     * statement can.
     */
    void followUpOpenSince(long trajectoryId, Instant due) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.trajectory(trajectoryId))
                .taskDefinitionKey(UserTask.AFTERCARE_FOLLOW_UP.key()).singleResult();
        Duration back = Duration.between(due, task.getCreateTime().toInstant());
        if (task.getDueDate() != null) {
            task.setDueDate(Date.from(task.getDueDate().toInstant().minus(back)));
            tasks.saveTask(task);
        }
        jdbc.update("update act_ru_task set create_time_ = ? where id_ = ?", Timestamp.from(due), task.getId());
        jdbc.update("update act_hi_taskinst set start_time_ = ? where id_ = ?", Timestamp.from(due), task.getId());
    }
}
