package be.actraject.domain.find;

import be.actraject.domain.DomainTestApplication;
import be.actraject.domain.access.Actor;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.testsupport.SentStatements;
import be.actraject.domain.trajectory.TrajectoryStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, the search and a coach's candidate list on the load harness's shape at 24,000 candidates (26,400
 * trajectories): of every twenty candidates ten in intake, half in the pool and half the coach's, four running and six
 * ended, coached by the coach or a colleague — a caseload of 16,800, as a coach of the harness has. Each statement
 * sent is checked with EXPLAIN ANALYZE (and its time printed): the search reads neither candidates nor trajectories
 * whole — without V47's trigram indexes it reads the candidates, and with a rank before the name in its order it
 * reads and sorts every match. A coach's list reads its caseload once, for its exact counts per status and total.
 */
@RequiresPostgres
@SpringBootTest(classes = DomainTestApplication.class)
@Import(SentStatements.Recording.class)
class SearchIndexesOnPostgresTest {

    static final int CANDIDATES = 24_000;
    /** The tables that grow with the office; customers and invoices are a third of the trajectories here. */
    static final Set<String> BIG = Set.of("candidate", "trajectory");
    static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    static final LocalDate AFTERCARE_SINCE = LocalDate.of(2024, 6, 2);
    static boolean filled;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    Finder finder;
    @Autowired
    CandidateList candidateList;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void fill() {
        if (!filled) {
            transactions.executeWithoutResult(status -> fill(new JdbcTemplate(dataSource)));
            filled = true;
        }
    }

    static void fill(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into candidate (first_name, last_name, email, phone, date_of_birth, job_seeker_number,
                    date_of_entry, business_idea, registered_at, registered_by, version, sort_name, search_name,
                    phone_digits)
                select 'Voornaam' || g, 'Kandidaat ' || g, 'kandidaat' || g || '@example.be',
                    '0470' || lpad(g::text, 6, '0'), date '1980-01-01', 'J' || lpad(g::text, 7, '0'),
                    date '2019-01-01' + (g % 2000)::int, 'Idee', now(), 'test', 0,
                    'kandidaat ' || g || ' voornaam' || g, 'voornaam' || g || ' kandidaat ' || g || ' voornaam' || g,
                    '0470' || lpad(g::text, 6, '0')
                from generate_series(1, ?) g""", CANDIDATES);
        // An earlier, ended trajectory for one candidate in ten.
        jdbc.update("""
                insert into trajectory (candidate_id, coach, phase, start_date, end_date, exit_type, version)
                select c.id, 'coach2', 'INVOICING', date '2018-01-01', date '2018-06-01', 'SELF_EMPLOYED', 0
                from candidate c where c.id % 10 = 0""");
        // As the load harness's extra candidates, of every twenty: ten in intake, half in the pool, half the coach's;
        // four running and six ended, coached by the coach or a colleague.
        jdbc.update("""
                insert into trajectory (candidate_id, coach, phase, start_date, end_date, exit_type, version)
                select c.id,
                    case when c.id % 20 < 10 then (case when c.id % 2 = 0 then 'coach' end)
                         when c.id % 4 < 2 then 'coach' else 'coach2' end,
                    case when c.id % 20 < 10 then 'INTAKE' when c.id % 20 < 12 then 'EXPLORATION'
                         when c.id % 20 = 12 then 'PROSPECTING' else 'INVOICING' end,
                    date '2021-01-01' + (c.id % 1200)::int,
                    case when c.id % 20 < 14 then null else date '2022-01-01' + (c.id % 1000)::int end,
                    case when c.id % 20 < 14 then null when c.id % 7 = 0 then 'STOPPED' else 'SELF_EMPLOYED' end, 0
                from candidate c""");
        // The coach leads a learning group of a colleague's candidates: the caseload's third way in.
        jdbc.update("insert into learning_group (name, coach, created_on) values ('Groep', 'coach', date '2024-01-01')");
        jdbc.update("""
                insert into learning_group_member (group_id, trajectory_id, joined_on)
                select (select max(id) from learning_group), t.id, date '2024-01-01' from trajectory t
                where t.coach = 'coach2' and t.id % 500 = 3""");
        jdbc.update("""
                insert into customer (trajectory_id, kind, name, search_name, street, postal_code, city, country_code,
                    created_by, created_at)
                select t.id, 'COMPANY', 'Klant ' || t.id, 'klant ' || t.id, 'Straat 1', '2300', 'Turnhout', 'BE',
                    'test', now()
                from trajectory t where t.id % 3 = 0""");
        jdbc.update("""
                insert into invoice (trajectory_id, customer_name, customer_search, description, amount_excl_vat,
                    vat_amount, status, number, issued_on, due_on, communication, created_by, created_at, version,
                    kind)
                select t.id, 'Klant ' || t.id, 'klant ' || t.id, 'Begeleiding', 100, 21, 'ISSUED',
                    'F' || lpad(t.id::text, 6, '0'), date '2022-01-01' + (t.id % 900)::int,
                    date '2022-01-31' + (t.id % 900)::int, lpad(t.id::text, 12, '0'), 'test', now(), 0, 'INVOICE'
                from trajectory t where t.id % 3 = 0""");
        jdbc.execute("analyze");
    }

    @Test
    void theSearchFindsCandidatesCustomersAndInvoicesByIndex() {
        // Matching most candidates: the name index, walked in order, stops at the first eleven in the caseload.
        readsNoTableWhole("many matches, a coach", () -> finder.find("Kandidaat", COACH, 10));
        readsNoTableWhole("many matches, a coordinator", () -> finder.find("Kandidaat", COORDINATOR, 10));
        // Matching a few: the trigram indexes find them anywhere in a name, number, address, customer or invoice.
        readsNoTableWhole("a few, a coach", () -> finder.find("kandidaat 12345", COACH, 10));
        readsNoTableWhole("a number, a coach", () -> finder.find("J0012345", COACH, 10));
        readsNoTableWhole("an address, a coach", () -> finder.find("kandidaat1234@", COACH, 10));
        readsNoTableWhole("a phone, a coach", () -> finder.find("0470 012345", COACH, 10));
        readsNoTableWhole("a customer, a coach", () -> finder.find("Klant 1234", COACH, 10));
        readsNoTableWhole("an invoice, a coordinator", () -> finder.find("F001234", COORDINATOR, 10));
        // Two characters: word starts only, which the same indexes serve.
        readsNoTableWhole("two characters, a coach", () -> finder.find("ka", COACH, 10));
    }

    @Test
    void aCoachsListReadsTheCaseloadOnceForItsCountsAndTotal() {
        List<SentStatements.Sent> sent = SentStatements.of(() -> candidateList.list(filter(null), COACH,
                AFTERCARE_SINCE));
        // The groups the coach leads, the counts (which give the total), the page's ids, the page's rows.
        assertThat(sent).hasSize(4);
        assertThat(sent.stream().filter(statement -> statement.sql().contains("count("))).hasSize(1);
        readsNoTableWhole("a coach's list, its page", () -> candidateList.list(filter(null), COACH,
                AFTERCARE_SINCE), statement -> !statement.sql().contains("count("));
        readsNoTableWhole("a coach's list, in intake, its page", () -> candidateList.list(
                filter(TrajectoryStatus.INTAKE), COACH, AFTERCARE_SINCE),
                statement -> !statement.sql().contains("count("));
        // What the counts cost: they read the caseload, once.
        readsNoTableWhole("a coach's list, its counts", () -> candidateList.list(filter(null), COACH,
                AFTERCARE_SINCE), statement -> false);
    }

    private static CandidateFilter filter(TrajectoryStatus status) {
        return new CandidateFilter(status, null, null, null, false, null, false, 0, 25);
    }

    /** Every statement sent finds its rows by index: no "Seq Scan" on a big table; prints each with its time. */
    private void readsNoTableWhole(String what, Runnable work) {
        readsNoTableWhole(what, work, statement -> true);
    }

    /** As above for the statements {@code checked}; the others are timed only. */
    private void readsNoTableWhole(String what, Runnable work, Predicate<SentStatements.Sent> checked) {
        List<SentStatements.Sent> sent = SentStatements.of(work);
        assertThat(sent).as(what).isNotEmpty();
        List<String> faults = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            double total = 0;
            for (SentStatements.Sent statement : sent) {
                String plan = SentStatements.plan(connection, statement, "explain (analyze, costs off)");
                Matcher time = EXECUTION.matcher(plan);
                total += time.find() ? Double.parseDouble(time.group(1)) : 0;
                // A part of the search's statement that its first part made unnecessary is planned, not run.
                String ran = plan.lines().filter(line -> !line.contains("never executed"))
                        .reduce("", (a, b) -> a + b + "\n");
                List<String> scanned = SentStatements.scannedTables(ran).stream().filter(BIG::contains).toList();
                if (checked.test(statement) && !scanned.isEmpty()) {
                    faults.add(scanned + " read whole by:\n" + statement.sql() + "\n" + plan);
                }
            }
            System.out.printf("%s: %d statements, %.1f ms%n", what, sent.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(faults).as(what).isEmpty();
    }
}
