package be.actraject.bpmn.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Indexes on the engine's tables for what our lists ask of them and Camunda's own create scripts (7.24) do not index
 * (issue 19):
 * <ul>
 *   <li>the worklist's order, the earliest due date first (tasks without one last, then the oldest), for one person's
 *   tasks and for every task — with them PostgreSQL reads a page's 25 rows in order from the index and stops, where it
 *   sorted all of a person's tasks for every page (a coach holding 10,500 tasks: 138 ms, then 2 ms; the engine's own
 *   {@code TaskQuery.orderByDueDate()} uses them too); the same order is what the watch's overdue tasks are found by
 *   ({@code OverdueTaskCheck}: due before now);</li>
 *   <li>a job's due date, for the watch's timers that did not fire ({@code OverdueTimerCheck}).</li>
 * </ul>
 *
 * <p>Why here and not in a Flyway migration: Flyway migrates before the engine creates its tables, so on a new
 * database a migration would find no ACT_RU_TASK to index. Made once the engine has built (and created or updated its
 * schema), with {@code if not exists}, which H2 and PostgreSQL both accept; named with our own prefix so that a later
 * Camunda index of its own cannot clash. {@code AC_IDX_TASK_DUE_DATE} (the due date alone, stops 30–33) is dropped:
 * the order's index leads with the same column.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "create index if not exists AC_IDX_TASK_ASSIGNEE_DUE"
                    + " on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, CREATE_TIME_, ID_)",
            "create index if not exists AC_IDX_TASK_DUE_ORDER on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_)",
            "drop index if exists AC_IDX_TASK_DUE_DATE",
            "create index if not exists AC_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                try {
                    statement.execute(index);
                } catch (SQLException concurrent) {
                    // Two nodes starting together may both create (or drop) it; PostgreSQL then refuses the second
                    // with a duplicate in its catalogue. Asked again, "if (not) exists" finds the other node's work.
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    statement.execute(index);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Our indexes on the engine's tables", e);
        }
    }
}
