package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.testsupport.SentStatements;
import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the watch's statements, as really sent (recorded with their values by {@link SentStatements}), read the
 * open tasks and the trajectories by their indexes on PostgreSQL — checked with EXPLAIN on 20,000 candidates and
 * trajectories (5,000 running, each with its trajectory process, a phase instance, an open task, a timer and a wait
 * for its stop message) written straight into the domain's and the engine's tables, then analysed; a few dozen of
 * each kind stuck among them. Enough that a statement reading a table whole would show as a "Seq Scan" on it.
 */
@RequiresPostgres
@SpringBootTest
@Import(SentStatements.Recording.class)
class StuckIndexesOnPostgresTest {

    private static final int ROWS = 20_000;
    /**
     * The tables that grow with what runs, each with an index for every condition the watch puts on them. Not the
     * engine's executions: where engine and dossier disagree, the anti-joins read every running process instance (no
     * index picks an instance out of its executions), each then looked up in the dossier by its key. Not the
     * candidates: only the statement that names the rows shown reads them, by the ids of those rows (at most 550 on
     * the overview, which PostgreSQL may rather join by reading 20,000 candidates).
     */
    private static final Set<String> INDEXED = Set.of("act_ru_task", "act_ru_job", "act_ru_event_subscr",
            "trajectory", "timeline_entry");
    /** An anti-join reads all of what it compares: a task's trajectory is missing only if every task is looked at. */
    private static final Map<StuckKind, Set<String>> WHOLE_BY_DESIGN = Map.of(
            StuckKind.TASK_WITHOUT_TRAJECTORY, Set.of("act_ru_task"));
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    private static boolean filled;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    StuckTrajectories watch;
    @Autowired
    RepositoryService repository;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void fill() {
        if (filled) {
            return;
        }
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        String trajectoryModel = definitions.stream().filter(d -> d.getKey().equals(ProcessKeys.TRAJECTORY))
                .findFirst().orElseThrow().getId();
        String otherModel = definitions.stream().filter(d -> !d.getKey().equals(ProcessKeys.TRAJECTORY))
                .findFirst().orElseThrow().getId();
        transactions.executeWithoutResult(status -> fill(new JdbcTemplate(dataSource), trajectoryModel, otherModel));
        filled = true;
    }

    private static void fill(JdbcTemplate jdbc, String trajectoryModel, String otherModel) {
        jdbc.update("""
                insert into candidate (first_name, last_name, email, phone, date_of_birth, job_seeker_number,
                    date_of_entry, business_idea, registered_at, registered_by, version, sort_name, search_name,
                    phone_digits)
                select 'Voornaam' || g, 'Naam' || g, 'c' || g || '@example.be', '0470' || lpad(g::text, 6, '0'),
                    date '1980-01-01', 'J' || g, date '2019-01-01' + (g % 2000)::int, 'Idee', now(), 'test', 0,
                    'naam' || lpad(g::text, 6, '0') || ' voornaam' || g, 'voornaam' || g || ' naam' || g,
                    '0470' || lpad(g::text, 6, '0')
                from generate_series(1, ?) g""", ROWS);
        // One in four running; of those, one in a hundred past its limit.
        jdbc.update("""
                insert into trajectory (candidate_id, coach, phase, start_date, end_date, exit_type, version,
                    pre_invoicing_limit)
                select c.id, 'coach' || c.id % 200,
                    (array['INTAKE', 'EXPLORATION', 'PROSPECTING'])[1 + (c.id / 4) % 3],
                    date '2019-01-01' + (c.id % 2000)::int,
                    case when c.id % 4 = 3 then null else date '2024-06-01' + (c.id % 300)::int end,
                    case when c.id % 4 = 3 then null else 'SELF_EMPLOYED' end, 0,
                    case when c.id % 400 = 3 then date '2020-01-01' else date '2030-01-01' end
                from candidate c""");
        // Three timeline entries each: the running ones lately (one in a hundred long ago), the ended ones in 2024.
        jdbc.update("""
                insert into timeline_entry (trajectory_id, occurred_at, kind, actor)
                select t.id, case when t.exit_type is null and t.id % 400 <> 7 then now() - (k || ' hours')::interval
                    else timestamp '2024-01-01' + (k || ' hours')::interval end, 'TASK_COMPLETED', 'coach'
                from trajectory t, generate_series(1, 3) k""");
        // A trajectory process for every running trajectory but a few, a phase instance each; a few orphans.
        jdbc.update("""
                insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
                    IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
                    SEQUENCE_COUNTER_)
                select p.kind || t.id, 1, p.kind || t.id, p.kind || t.id, t.id::text,
                    case when p.kind = 'pi' then ? else ? end, true, false, true, false, 1, 0, 1
                from trajectory t, (values ('pi'), ('ph')) p(kind)
                where t.exit_type is null and (p.kind = 'ph' or t.id % 1000 <> 11)
                union all
                select 'orphan' || g, 1, 'orphan' || g, 'orphan' || g, (900000 + g)::text, ?, true, false, true,
                    false, 1, 0, 1
                from generate_series(1, 5) g""", trajectoryModel, otherModel, trajectoryModel);
        // An open task in each phase instance: held and fresh, but for one in two hundred unclaimed since 2024, one
        // in two hundred untouched since then, one in two hundred overdue; a third with a due date to come.
        jdbc.update("""
                insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
                    PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_)
                select 'task' || e.BUSINESS_KEY_, 1, e.ID_, e.ID_, 'Gesprek', 'Task_IndividualConversation',
                    case when e.BUSINESS_KEY_::bigint % 200 = 3 then null else 'coach' end, 50,
                    case when e.BUSINESS_KEY_::bigint % 200 in (3, 11) then timestamp '2024-01-01'
                        else localtimestamp - interval '1 hour' end,
                    null,
                    case when e.BUSINESS_KEY_::bigint % 200 = 7 then timestamp '2024-01-01'
                        when e.BUSINESS_KEY_::bigint % 3 = 0 then localtimestamp + interval '10 days' end,
                    1
                from ACT_RU_EXECUTION e where e.ID_ like 'ph%' or e.ID_ like 'orphan%'""");
        // A limit timer in every trajectory process, a few long overdue; a wait for the stop message in each, a few
        // for a message nothing sends; a few incidents.
        jdbc.update("""
                insert into ACT_RU_JOB (ID_, REV_, TYPE_, RETRIES_, DUEDATE_, PROCESS_INSTANCE_ID_, EXECUTION_ID_,
                    HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_)
                select 'timer' || e.ID_, 1, 'timer', 3, case when e.BUSINESS_KEY_::bigint % 500 = 3
                    then timestamp '2024-01-01' else timestamp '2030-01-01' end, e.ID_, e.ID_,
                    'timer-intermediate-transition', 1, 0
                from ACT_RU_EXECUTION e where e.ID_ like 'pi%'""");
        jdbc.update("""
                insert into ACT_RU_EVENT_SUBSCR (ID_, REV_, EVENT_TYPE_, EVENT_NAME_, EXECUTION_ID_, PROC_INST_ID_,
                    ACTIVITY_ID_, CREATED_)
                select 'sub' || e.ID_, 1, 'message', case when e.BUSINESS_KEY_::bigint % 500 = 7 then 'never-sent'
                    else ? end, e.ID_, e.ID_, 'Wait_Stop', timestamp '2024-01-01'
                from ACT_RU_EXECUTION e where e.ID_ like 'pi%'""", Messages.TRAJECTORY_STOPPED);
        jdbc.update("""
                insert into ACT_RU_INCIDENT (ID_, REV_, INCIDENT_TIMESTAMP_, INCIDENT_MSG_, INCIDENT_TYPE_,
                    EXECUTION_ID_, ACTIVITY_ID_, PROC_INST_ID_, CONFIGURATION_)
                select 'inc' || e.ID_, 1, timestamp '2024-01-01', 'kapot', 'failedJob', e.ID_, 'Service_Broken',
                    e.ID_, 'job' || e.ID_
                from ACT_RU_EXECUTION e where e.ID_ like 'ph%' and e.BUSINESS_KEY_::bigint % 1000 = 7""");
        // The ended trajectories' processes: a few still running.
        jdbc.update("""
                insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
                    IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
                    SEQUENCE_COUNTER_)
                select 'ended' || t.id, 1, 'ended' || t.id, 'ended' || t.id, t.id::text, ?, true, false, true, false,
                    1, 0, 1
                from trajectory t where t.exit_type is not null and t.id % 1000 = 1""", trajectoryModel);
        jdbc.execute("analyze");
    }

    @Test
    void everyKindIsFoundThroughTheIndexesOfWhatItLooksFor() {
        assertThat(watch.overview(ADMIN).counts().values()).as("some of every kind").allMatch(n -> n > 0);
        List<String> faults = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            // The overview's pages are the kinds' pages below, at another offset.
            for (SentStatements.Sent statement : SentStatements.of(() -> watch.overview(ADMIN))) {
                if (!statement.sql().contains(" offset ")) {
                    check(connection, statement, null, faults);
                }
            }
            for (StuckKind kind : StuckKind.values()) {
                for (SentStatements.Sent statement : SentStatements.of(() -> watch.ofKind(ADMIN, kind, 2))) {
                    check(connection, statement, kind, faults);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(faults).isEmpty();
    }

    /**
     * The statement's plan reads no indexed table whole but by design: the counts statement (one branch per kind, in
     * {@link StuckKind}'s order under its "Append", then the running trajectories' count) branch by branch, a page as
     * its kind's.
     */
    private static void check(Connection connection, SentStatements.Sent statement, StuckKind kind,
                              List<String> faults) throws SQLException {
        String plan = SentStatements.plan(connection, statement);
        if (statement.sql().contains(" union all ")) {
            List<String> branches = branches(plan);
            assertThat(branches).as("a branch per kind, and the trajectories running")
                    .hasSize(StuckKind.values().length + 1);
            for (StuckKind each : StuckKind.values()) {
                check(branches.get(each.ordinal()), statement, each, faults);
            }
            // The number running (KeptLooks' measure) by index, like everything else.
            check(branches.get(StuckKind.values().length), statement, null, faults);
        } else {
            check(plan, statement, kind, faults);
        }
    }

    private static void check(String plan, SentStatements.Sent statement, StuckKind kind, List<String> faults) {
        Set<String> allowed = kind == null ? Set.of() : WHOLE_BY_DESIGN.getOrDefault(kind, Set.of());
        List<String> scanned = SentStatements.scannedTables(plan).stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(INDEXED::contains).filter(t -> !allowed.contains(t)).toList();
        if (!scanned.isEmpty()) {
            faults.add(kind + " reads " + scanned + " whole:\n" + statement.sql() + "\n" + plan);
        }
    }

    /** The plans of an Append's children, in order: each starts at a line "  ->  " right under it. */
    private static List<String> branches(String plan) {
        List<String> branches = new ArrayList<>();
        for (String line : plan.split("\n")) {
            if (line.startsWith("  ->  ")) {
                branches.add(line + "\n");
            } else if (!branches.isEmpty()) {
                branches.set(branches.size() - 1, branches.get(branches.size() - 1) + line + "\n");
            }
        }
        return branches;
    }
}
