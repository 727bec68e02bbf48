package be.actraject.bpmn.worklist;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.task.WorklistSort;
import be.actraject.testsupport.SentStatements;
import be.actraject.domain.access.Actor;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a coach's worklist, answered by the database ({@code WorklistRows}), reaches the domain's tables through
 * their keys on PostgreSQL — checked with EXPLAIN on the statements really sent (recorded with their values by
 * {@link SentStatements}), on 20,000 candidates and trajectories and 5,000 open tasks written straight into the
 * domain's and the engine's tables, then analysed. Enough that a join reading the trajectories or candidates whole
 * would show as a "Seq Scan" on them. The engine's own tables are read as the engine's task query reads them (its
 * indexes on the assignee and the identity links); a coordinator's counts span every open task, and so may read the
 * trajectories whole.
 */
@RequiresPostgres
@SpringBootTest
@Import(SentStatements.Recording.class)
class WorklistIndexesOnPostgresTest {

    private static final int ROWS = 20_000;
    private static final Set<String> DOMAIN = Set.of("candidate", "trajectory");
    private static final Actor COACH = Actor.of("coach7", Role.COACH);
    private static final Actor BUSY = Actor.of("coach8", Role.COACH);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private static boolean filled;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    WorkItems workItems;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void fill() {
        if (filled) {
            return;
        }
        accounts.create(COACH.userId(), "Coach", "Zeven", null, "secret-1234", Role.COACH);
        transactions.executeWithoutResult(status -> fill(new JdbcTemplate(dataSource)));
        filled = true;
    }

    private static void fill(JdbcTemplate jdbc) {
        // As ListIndexesOnPostgresTest: 200 coaches, one trajectory in twenty running, a few without a coach.
        jdbc.update("""
                insert into candidate (first_name, last_name, email, phone, date_of_birth, job_seeker_number,
                    date_of_entry, business_idea, registered_at, registered_by, version, sort_name, search_name,
                    phone_digits)
                select 'Voornaam' || g, 'Naam' || g, 'c' || g || '@example.be', '0470' || lpad(g::text, 6, '0'),
                    date '1980-01-01', 'J' || g, date '2019-01-01' + (g % 2000)::int, 'Idee', now(), 'test', 0,
                    'naam' || lpad(g::text, 6, '0') || ' voornaam' || g, 'voornaam' || g || ' naam' || g,
                    '0470' || lpad(g::text, 6, '0')
                from generate_series(1, ?) g""", ROWS);
        jdbc.update("""
                insert into trajectory (candidate_id, coach, phase, start_date, end_date, exit_type, version)
                select c.id, case when c.id % 2000 = 3 then null else 'coach' || c.id % 200 end,
                    (array['INTAKE', 'EXPLORATION', 'PROSPECTING', 'INVOICING'])[1 + (c.id / 20) % 4],
                    date '2019-01-01' + (c.id % 2000)::int,
                    case when c.id % 20 = 3 then null else date '2019-06-01' + (c.id % 2000)::int end,
                    case when c.id % 20 = 3 then null else 'SELF_EMPLOYED' end, 0
                from candidate c""");
        jdbc.update("insert into learning_group (name, coach, created_on)"
                + " values ('Groep', 'coach7', date '2024-01-01')");
        jdbc.update("""
                insert into learning_group_member (group_id, trajectory_id, joined_on)
                select (select max(id) from learning_group), t.id, date '2024-01-01' from trajectory t
                where t.id % 5000 = 11""");
        // An open task for one trajectory in four, held by its coach (one in forty waits in the pool), offered to
        // the coaches' group as the models do; a process instance for each, its business key the trajectory id.
        jdbc.update("""
                insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, IS_ACTIVE_,
                    IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_)
                select 'pi' || t.id, 1, 'pi' || t.id, 'pi' || t.id, t.id::text, true, false, true, false, 1, 0, 1
                from trajectory t where t.id % 4 = 3""");
        jdbc.update("""
                insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
                    PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_)
                select 'task' || t.id, 1, 'pi' || t.id, 'pi' || t.id, 'Gesprek', 'Task_IndividualConversation',
                    case when t.id % 40 = 3 then null else t.coach end, 50,
                    timestamp '2024-01-01' + (t.id || ' minutes')::interval,
                    case when t.id % 3 = 0 then null
                        else timestamp '2025-01-01' + (t.id % 500 || ' days')::interval end,
                    1
                from trajectory t where t.id % 4 = 3""");
        // A coach holding 10,000 tasks (two on each of those trajectories): a page of hers is read in order.
        jdbc.update("""
                insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
                    PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_)
                select 'big' || t.id || '-' || k, 1, 'pi' || t.id, 'pi' || t.id, 'Gesprek',
                    'Task_IndividualConversation', ?, 50, timestamp '2024-01-01' + (t.id + k || ' minutes')::interval,
                    case when (t.id + k) % 3 = 0 then null
                        else timestamp '2025-01-01' + ((t.id + k) % 500 || ' days')::interval end,
                    1
                from trajectory t cross join generate_series(1, 2) k where t.id % 4 = 3""", BUSY.userId());
        jdbc.update("""
                insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
                select 'link' || t.id, 1, 'coach', 'candidate', 'task' || t.id from trajectory t where t.id % 4 = 3""");
        jdbc.execute("analyze");
    }

    private void readsNoDomainTableWhole(String what, Runnable list) {
        List<SentStatements.Sent> sent = SentStatements.of(list).stream()
                .filter(s -> s.sql().contains("ACT_RU_TASK")).toList();
        assertThat(sent).as(what + ": its counts and its page").hasSize(2);
        List<String> faults = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SentStatements.Sent statement : sent) {
                String plan = SentStatements.plan(connection, statement);
                List<String> scanned = SentStatements.scannedTables(plan).stream()
                        .map(t -> t.toLowerCase(Locale.ROOT)).filter(DOMAIN::contains).toList();
                if (!scanned.isEmpty()) {
                    faults.add(what + " reads " + scanned + " whole:\n" + statement.sql() + "\n" + plan);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(faults).isEmpty();
    }

    private Runnable worklist(WorklistScope scope, String candidate, boolean overdue, WorklistSort sort) {
        return () -> assertThat(workItems.worklist(new WorklistQuery(scope, null, null, candidate, null, overdue,
                sort, 0, 25), COACH).total()).isPositive();
    }

    /** The coach holds 100 tasks; the page shows 25, and only their trajectories are read, not all 100. */
    @Test
    void aPageReadsTheTrajectoriesOfItsOwnRowsOnly() {
        List<SentStatements.Sent> trajectories = SentStatements.of(worklist(WorklistScope.MINE, null, false,
                WorklistSort.DUE)).stream().filter(s -> s.sql().toLowerCase(Locale.ROOT).contains("from trajectory"))
                .toList();
        assertThat(trajectories).hasSize(1);
        assertThat(trajectories.get(0).bindings().size()).as("the ids bound").isBetween(1, 32);
    }

    /**
     * A page in the worklist's order (the earliest due date first) is read from our index in that order and stops
     * after its rows ({@code EngineIndexesPlugin}): no sort of all the person's tasks, or of every task for a
     * coordinator. Without the indexes PostgreSQL sorted the 10,500 tasks of the harness's coach for every page.
     */
    @Test
    void aPageIsReadInTheWorklistsOrderFromAnIndexNotSorted() {
        pageReadInOrder(BUSY, WorklistScope.MINE, "ac_idx_task_assignee_due");
        pageReadInOrder(COORDINATOR, WorklistScope.ALL, "ac_idx_task_due_order");
    }

    private void pageReadInOrder(Actor actor, WorklistScope scope, String index) {
        List<SentStatements.Sent> pages = SentStatements.of(() -> assertThat(workItems.worklist(
                        new WorklistQuery(scope, null, null, null, null, false, WorklistSort.DUE, 0, 25), actor)
                .items()).hasSize(25)).stream().filter(s -> s.sql().contains("ACT_RU_TASK")
                && s.sql().contains("limit")).toList();
        assertThat(pages).as(scope + ": its page").hasSize(1);
        try (Connection connection = dataSource.getConnection()) {
            String plan = SentStatements.plan(connection, pages.get(0)).toLowerCase(Locale.ROOT);
            assertThat(plan).as(scope + "'s page:\n" + plan).contains("index scan using " + index)
                    .doesNotContain("sort key: t.due_date_");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCoachsWorklistReadsTheTrajectoriesAndCandidatesByTheirKeys() {
        readsNoDomainTableWhole("mine by due date", worklist(WorklistScope.MINE, null, false, WorklistSort.DUE));
        readsNoDomainTableWhole("mine by age", worklist(WorklistScope.MINE, null, false, WorklistSort.AGE));
        readsNoDomainTableWhole("mine overdue", worklist(WorklistScope.MINE, null, true, WorklistSort.DUE));
        readsNoDomainTableWhole("mine by a name", worklist(WorklistScope.MINE, "naam1", false, WorklistSort.DUE));
        readsNoDomainTableWhole("claimable", worklist(WorklistScope.CLAIMABLE, null, false, WorklistSort.DUE));
    }
}
