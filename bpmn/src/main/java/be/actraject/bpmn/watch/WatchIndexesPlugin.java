package be.actraject.bpmn.watch;

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
 * Indexes on the engine's tables for the watch's conditions that Camunda's own create scripts (7.24) do not index:
 * a task's due date ({@link OverdueTaskCheck}) and a job's due date ({@link OverdueTimerCheck}). Without them each
 * look at the watch reads every open task and every job (issue 19).
 *
 * <p>Why here and not in a Flyway migration (V48): Flyway migrates before the engine creates its tables, so on a new
 * database a migration would find no ACT_RU_TASK to index. Made once the engine has built (and created or updated
 * its schema), with {@code if not exists}, which H2 and PostgreSQL both accept; named with our own prefix so that a
 * later Camunda index of its own cannot clash. Should Camunda's scripts add such an index, this one can go.
 */
@Component
class WatchIndexesPlugin extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "create index if not exists AC_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)",
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
                    // Two nodes starting together may both create it; PostgreSQL then refuses the second with a
                    // duplicate in its catalogue. Asked again, "if not exists" finds the other node's.
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
            throw new IllegalStateException("The watch's indexes on the engine's tables", e);
        }
    }
}
