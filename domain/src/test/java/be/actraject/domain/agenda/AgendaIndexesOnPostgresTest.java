package be.actraject.domain.agenda;

import be.actraject.domain.DomainTestApplication;
import be.actraject.domain.access.Actor;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.testsupport.SentStatements;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.workflow.Role;
import jakarta.persistence.EntityManager;
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
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the agenda answers in a time that does not grow with the caseload. A week's agenda is read on a hundred
 * trajectories with entries in the week, then again after 50,000 more trajectories — two in three running, more than
 * half of them the coach's, with limits, planned and next conversations and exits outside the week, all inserted by
 * SQL — on a fresh PostgreSQL database migrated by Flyway: it answers the same entries with the same number of
 * statements, loading the same trajectories, and PostgreSQL plans none of them by reading the trajectories or candidates (or the conversations)
 * whole. The week holds a few hundredths of the trajectories' entries, as a cooperative's week does: with a larger
 * share and a smaller table PostgreSQL rightly prefers reading the table whole to looking each one up (as
 * {@code ListIndexesOnPostgresTest} says).
 */
@RequiresPostgres
@SpringBootTest(classes = DomainTestApplication.class)
@Import(SentStatements.Recording.class)
class AgendaIndexesOnPostgresTest {

    /** The trajectories with entries in the week. */
    private static final int IN_WEEK = 100;
    private static final int CASELOAD = 50_000;
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final List<Period> FOLLOW_UPS = List.of(Period.ofMonths(3), Period.ofMonths(6),
            Period.ofMonths(12));
    private static final Set<String> BIG = Set.of("candidate", "trajectory", "planned_conversation",
            "individual_conversation");
    private static final Map<String, Actor> READERS = readers();
    /** An index a plan reads, for the report of what each statement uses. */
    private static final Pattern INDEX = Pattern.compile("(?:Index Scan|Index Only Scan) (?:using|on) (\\w+)");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    Agenda agenda;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entities;

    private static Map<String, Actor> readers() {
        Map<String, Actor> readers = new LinkedHashMap<>();
        readers.put("coach", Actor.of("coach7", Role.COACH));
        readers.put("coordinator", Actor.of("coordinator", Role.COORDINATOR));
        readers.put("office", Actor.of("office", Role.OFFICE));
        return readers;
    }

    @Test
    void aWeeksAgendaReadsTheWeekNotTheCaseload() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        transactions.executeWithoutResult(status -> {
            fill(jdbc, 1, IN_WEEK, true);
            groupsMeetingInTheWeek(jdbc);
            jdbc.execute("analyze");
        });
        Map<String, Read> few = new LinkedHashMap<>();
        Map<String, Integer> statementsFew = new LinkedHashMap<>();
        READERS.forEach((name, reader) -> {
            List<SentStatements.Sent> sent = SentStatements.of(() -> few.put(name, week(reader)));
            statementsFew.put(name, sent.size());
        });

        transactions.executeWithoutResult(status -> {
            fill(jdbc, IN_WEEK + 1, IN_WEEK + CASELOAD, false);
            jdbc.execute("analyze");
        });
        List<String> faults = new ArrayList<>();
        READERS.forEach((name, reader) -> {
            List<Read> read = new ArrayList<>();
            List<SentStatements.Sent> sent = SentStatements.of(() -> read.add(week(reader)));
            Read many = read.get(0);
            System.out.printf("agenda, %s's week: %d entries; statements %d at %d trajectories, %d at %d;"
                    + " trajectories loaded %d, %d%n", name, many.items().size(), statementsFew.get(name), IN_WEEK,
                    sent.size(), IN_WEEK + CASELOAD, few.get(name).trajectoriesLoaded(), many.trajectoriesLoaded());
            assertThat(many.items()).as(name + "'s week").isEqualTo(few.get(name).items());
            assertThat(sent).as(name + "'s statements").hasSize(statementsFew.get(name));
            assertThat(many.trajectoriesLoaded()).as(name + "'s trajectories loaded")
                    .isEqualTo(few.get(name).trajectoriesLoaded());
            faults.addAll(readWhole(name, sent));
        });

        assertThat(few.get("coach").items()).extracting(AgendaItem::kind).contains(AgendaItem.Kind.PRE_INVOICING_LIMIT,
                AgendaItem.Kind.INVOICING_LIMIT, AgendaItem.Kind.PLANNED_CONVERSATION,
                AgendaItem.Kind.NEXT_CONVERSATION, AgendaItem.Kind.AFTERCARE_FOLLOW_UP, AgendaItem.Kind.SESSION,
                AgendaItem.Kind.SECTOR_MEETING);
        assertThat(few.get("coordinator").items()).hasSizeGreaterThan(few.get("coach").items().size());
        assertThat(faults).isEmpty();
    }

    /** A week's entries and how many trajectories reading them loaded. */
    private record Read(List<AgendaItem> items, int trajectoriesLoaded) {
    }

    private Read week(Actor reader) {
        return transactions.execute(status -> {
            List<AgendaItem> items = agenda.between(reader, MONDAY, MONDAY.plusWeeks(1), FOLLOW_UPS);
            return new Read(items, LoadedEntities.ids(entities, Trajectory.class).size());
        });
    }

    /** The statements whose plan reads one of the big tables whole, with their plans. */
    private List<String> readWhole(String reader, List<SentStatements.Sent> sent) {
        List<String> faults = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SentStatements.Sent statement : sent) {
                String plan = SentStatements.plan(connection, statement);
                System.out.printf("  %s: %s%n", reader, INDEX.matcher(plan).results().map(m -> m.group(1))
                        .distinct().toList());
                List<String> scanned = SentStatements.scannedTables(plan).stream().filter(BIG::contains).toList();
                if (!scanned.isEmpty()) {
                    faults.add(reader + ": " + scanned + " read whole by:\n" + statement.sql() + "\n" + plan);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return faults;
    }

    /**
     * Candidates {@code first}…{@code last}, each with a trajectory: half and more of them the coach's ({@code
     * coach7}), two in three running (in the four phases, with a limit), the others ended (one in three of those by
     * a stop), each with a planned conversation and a report with a next-conversation day. In the week, or — for
     * the caseload around it — months before or after it.
     */
    private static void fill(JdbcTemplate jdbc, int first, int last, boolean inWeek) {
        jdbc.update("""
                insert into candidate (first_name, last_name, email, phone, date_of_birth, job_seeker_number,
                    date_of_entry, business_idea, registered_at, registered_by, version, sort_name, search_name,
                    phone_digits)
                select 'Voornaam' || g, 'Naam' || g, 'c' || g || '@example.be', '0470' || lpad(g::text, 6, '0'),
                    date '1980-01-01', 'J' || g, date '2019-01-01' + (g % 2000)::int, 'Idee', now(), 'test', 0,
                    'naam' || lpad(g::text, 6, '0') || ' voornaam' || g, 'voornaam' || g || ' naam' || g,
                    '0470' || lpad(g::text, 6, '0')
                from generate_series(?, ?) g""", first, last);
        // A day of the week, or one at least a month away from it, before or after. The limit of the phase not
        // running (the pre-invoicing one in the invoicing phase, the invoicing one before) is years away.
        String day = inWeek ? "(date '2025-06-02' + g % 7)"
                : "(case when g % 2 = 0 then date '2025-07-15' + g % 500 else date '2025-05-01' - g % 1500 end)";
        // An exit whose 3-month follow-up falls in the week, or years of exits before.
        String exit = inWeek ? "(date '2025-03-02' + g % 7)" : "(date '2019-01-01' + g % 1800)";
        jdbc.update("""
                insert into trajectory (candidate_id, coach, phase, start_date, end_date, exit_type, version,
                    pre_invoicing_limit, invoicing_limit)
                select c.id, case when g % 2 = 0 then 'coach7' else 'coach' || (g % 10) end,
                    (array['INTAKE', 'EXPLORATION', 'PROSPECTING', 'INVOICING'])[1 + g % 4],
                    date '2019-01-01' + (g % 2000),
                    case when g % 3 = 0 then {exit} end,
                    case when g % 9 = 0 then 'STOPPED' when g % 3 = 0 then 'SALARIED' end, 0,
                    {day} - case when g % 4 = 3 then 4000 else 0 end,
                    {day} + case when g % 4 = 3 then 0 else 4000 end
                from (select id, cast(substr(job_seeker_number, 2) as int) g from candidate
                      where job_seeker_number like 'J%') c
                where g between ? and ?""".replace("{day}", day).replace("{exit}", exit), first, last);
        jdbc.update("""
                insert into planned_conversation (trajectory_id, starts_at, duration_minutes, kind, planned_by,
                    planned_at)
                select t.id, ({day} + time '10:00') at time zone 'Europe/Brussels', 60, 'IN_PERSON', 'test', now()
                from trajectory t join (select id, cast(substr(job_seeker_number, 2) as int) g from candidate
                      where job_seeker_number like 'J%') c on c.id = t.candidate_id
                where g between ? and ?""".replace("{day}", day), first, last);
        jdbc.update("""
                insert into individual_conversation (trajectory_id, phase, held_on, kind, topics, next_planned_on,
                    coach, recorded_at)
                select t.id, 'INTAKE', date '2025-01-01', 'IN_PERSON', 'Opvolging', {day} + 1, 'test', now()
                from trajectory t join (select id, cast(substr(job_seeker_number, 2) as int) g from candidate
                      where job_seeker_number like 'J%') c on c.id = t.candidate_id
                where g between ? and ?""".replace("{day}", day), first, last);
    }

    /**
     * A learning group of another coach that a running candidate of the coach joined, and a sector group with such a
     * member, each meeting in the week.
     */
    private static void groupsMeetingInTheWeek(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into learning_group (name, coach, created_on)
                values ('Groep', 'coach3', date '2025-01-01')""");
        jdbc.update("""
                insert into learning_group_member (group_id, trajectory_id, joined_on)
                select (select max(id) from learning_group), t.id, date '2025-01-01' from trajectory t
                where t.coach = 'coach7' and t.exit_type is null order by t.id limit 5""");
        jdbc.update("""
                insert into collective_session (group_id, starts_at, duration_minutes, topic, attendance_registered,
                    planned_by)
                values ((select max(id) from learning_group), timestamp with time zone '2025-06-04 14:00+02', 120,
                    'Netwerken', false, 'coach3')""");
        jdbc.update("""
                insert into sector_group (name, sector, contact_person, created_by, created_on)
                values ('Bouw', 'Bouw', 'coach3', 'coordinator', date '2025-01-01')""");
        jdbc.update("""
                insert into sector_group_member (group_id, trajectory_id, joined_on)
                select (select max(id) from sector_group), t.id, date '2025-01-01' from trajectory t
                where t.coach = 'coach7' and t.exit_type is null order by t.id desc limit 3""");
        jdbc.update("""
                insert into sector_meeting (group_id, starts_at, duration_minutes, place, topic, planned_by)
                values ((select max(id) from sector_group), timestamp with time zone '2025-06-05 19:00+02', 90,
                    'Gent', 'Werven', 'coach3')""");
    }
}
