package be.actraject.domain;

import be.actraject.domain.access.Actor;
import be.actraject.testsupport.SentStatements;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.bankstatement.StatementReview;
import be.actraject.domain.find.CandidateFilter;
import be.actraject.domain.find.CandidateList;
import be.actraject.domain.find.Finder;
import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoicebook.InvoiceBook;
import be.actraject.domain.invoicebook.InvoiceBookFilter;
import be.actraject.domain.mail.MailAbout;
import be.actraject.domain.mail.MailState;
import be.actraject.domain.mail.Outbox;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryStatus;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: every filter and sort of the flat lists finds its rows through an index on PostgreSQL, checked on the
 * statements the lists really send (recorded with their values by {@link SentStatements}) with EXPLAIN, on a fresh
 * schema migrated by Flyway and filled with 50,000 candidates, trajectories, invoices, mails and bank lines — enough
 * that a missing index shows as a "Seq Scan" on one of those tables (with fewer, PostgreSQL rightly prefers reading a
 * small table whole to looking up a coach's few hundred rows one by one).
 * <p>
 * What an index cannot serve is said per list: a count or a total over the whole list (no narrowing filter) reads
 * every row it counts, and a search for text anywhere in a name ({@code like '%x%'}) reads the searched table — but
 * never the others it joins.
 */
@RequiresPostgres
@SpringBootTest(classes = DomainTestApplication.class)
@Import(SentStatements.Recording.class)
class ListIndexesOnPostgresTest {

    private static final int ROWS = 50_000;
    /** The tables that grow with the years: candidates, trajectories, invoices, mails, bank lines, appointments. */
    private static final Set<String> BIG = Set.of("candidate", "trajectory", "invoice", "invoice_line",
            "invoice_payment", "mail_message", "bank_statement_entry", "planned_conversation");
    /** Counts, choices and the invoice book's totals (its issued lines, summed in Java) of what is shown. */
    private static final Pattern AGGREGATE = Pattern.compile(
            "^select (count\\(|distinct )|\\bgroup by\\b|\\bsum\\(|join invoice_line ", Pattern.CASE_INSENSITIVE);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);
    private static final Actor COACH = Actor.of("coach7", Role.COACH);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate AFTERCARE_SINCE = TODAY.minusYears(1);

    private static boolean filled;

    private final List<String> faults = new ArrayList<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    CandidateList candidateList;
    @Autowired
    Finder finder;
    @Autowired
    InvoiceBook invoiceBook;
    @Autowired
    Outbox outbox;
    @Autowired
    StatementReview statementReview;
    @Autowired
    Agenda agenda;
    @Autowired
    Caseload caseload;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void fill() {
        if (filled) {
            return;
        }
        // In one transaction: a failed fill leaves nothing for the next test to trip over.
        transactions.executeWithoutResult(status -> fill(new JdbcTemplate(dataSource)));
        filled = true;
    }

    private static void fill(JdbcTemplate jdbc) {
        // Years of work: one trajectory in twenty still runs, the others ended; 200 coaches, so that a coach's caseload
        // is half a percent of the table, as in an office of some years; a few candidates without a coach yet.
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
                select c.id, case when c.id % 2000 = 0 then null else 'coach' || c.id % 200 end,
                    (array['INTAKE', 'EXPLORATION', 'PROSPECTING', 'INVOICING'])[1 + (c.id / 20) % 4],
                    date '2019-01-01' + (c.id % 2000)::int,
                    case when c.id % 20 = 0 then null else date '2019-06-01' + (c.id % 2000)::int end,
                    case when c.id % 20 = 0 then null when c.id % 7 = 0 then 'STOPPED' else 'SELF_EMPLOYED' end, 0
                from candidate c""");
        // The coach leads a learning group of others' candidates: the caseload's third way in.
        jdbc.update("insert into learning_group (name, coach, created_on)"
                + " values ('Groep', 'coach7', date '2024-01-01')");
        jdbc.update("""
                insert into learning_group_member (group_id, trajectory_id, joined_on)
                select (select max(id) from learning_group), t.id, date '2024-01-01' from trajectory t
                where t.id % 5000 = 3""");
        // Invoices over five years, nearly all issued; a few drafts and some waiting for approval.
        jdbc.update("""
                insert into invoice (trajectory_id, customer_name, customer_search, description, amount_excl_vat,
                    vat_amount, status, number, issued_on, due_on, communication, created_by, created_at, version,
                    kind)
                select t.id, 'Klant ' || t.id % 700, 'klant ' || t.id % 700, 'Begeleiding', 100, 21,
                    case when t.id % 500 = 0 then 'SENT_BACK' when t.id % 250 = 0 then 'SUBMITTED' else 'ISSUED' end,
                    case when t.id % 250 = 0 then null else 'F' || lpad(t.id::text, 6, '0') end,
                    case when t.id % 250 = 0 then null else date '2020-01-01' + (t.id % 1900)::int end,
                    case when t.id % 250 = 0 then null else date '2020-01-31' + (t.id % 1900)::int end,
                    lpad(t.id::text, 12, '0'), 'test', now(), 0, 'INVOICE'
                from trajectory t""");
        jdbc.update("""
                insert into invoice_line (invoice_id, line_no, description, quantity, unit_code, unit_price,
                    discount_percent, vat_code, vat_category, vat_percent)
                select i.id, 1, 'Begeleiding', 1, 'C62', 100, 0, 'S21', 'STANDARD', 21 from invoice i""");
        jdbc.update("""
                insert into invoice_payment (invoice_id, paid_on, amount, registered_by, registered_at)
                select i.id, i.issued_on + 20, 121, 'test', now() from invoice i where i.status = 'ISSUED'""");
        jdbc.update("""
                insert into mail_message (recipient, subject, body, state, attempts, next_attempt_at, created_at,
                    about, invoice_id, trajectory_id)
                select 'klant' || i.id || '@example.be', 'Factuur', 'Beste', case when i.id % 400 = 0 then 'QUEUED'
                    when i.id % 401 = 0 then 'FAILED' else 'SENT' end, 1, now(),
                    timestamp '2020-01-01 09:00' + (i.id || ' hours')::interval,
                    case when i.id % 300 = 0 then 'PAYMENT_REMINDER' else 'INVOICE' end, i.id, i.trajectory_id
                from invoice i""");
        jdbc.update("""
                insert into bank_statement_import (imported_at, imported_by, paid, partly_paid, to_review, duplicates)
                values (now(), 'test', 0, 0, 0, 0)""");
        jdbc.update("""
                insert into bank_statement_entry (import_id, account, reference, booked_on, amount, currency, credit,
                    communication, outcome, version)
                select (select max(id) from bank_statement_import), 'BE00', 'R' || g,
                    date '2020-01-01' + (g % 1900)::int,
                    121, 'EUR', true, lpad(g::text, 12, '0'),
                    case when g % 500 = 0 then 'TO_REVIEW' else 'PAID' end, 0
                from generate_series(1, ?) g""", ROWS);
        jdbc.update("""
                insert into planned_conversation (trajectory_id, starts_at, duration_minutes, kind, planned_by,
                    planned_at)
                select t.id, timestamp '2020-01-01 10:00' + (t.id % 2000 || ' days')::interval, 60, 'IN_PERSON',
                    'test', now()
                from trajectory t""");
        // What autovacuum would do after such a load, and what the demo's loader does (README, issue 19).
        jdbc.execute("analyze");
    }

    @Test
    void theCandidateListsFiltersAndSortsUseIndexes() {
        CandidateFilter all = filter(null, null, null, CandidateFilter.Sort.NAME, false);
        pageOnly("name order", () -> candidateList.list(all, COORDINATOR, AFTERCARE_SINCE));
        pageOnly("name order, backwards", () -> candidateList.list(
                filter(null, null, null, CandidateFilter.Sort.NAME, true), COORDINATOR, AFTERCARE_SINCE));
        pageOnly("entry order", () -> candidateList.list(
                filter(null, null, null, CandidateFilter.Sort.ENTRY, false), COORDINATOR, AFTERCARE_SINCE));
        pageOnly("entry order, backwards", () -> candidateList.list(
                filter(null, null, null, CandidateFilter.Sort.ENTRY, true), COORDINATOR, AFTERCARE_SINCE));
        for (TrajectoryStatus running : List.of(TrajectoryStatus.INTAKE, TrajectoryStatus.EXPLORATION,
                TrajectoryStatus.PROSPECTING, TrajectoryStatus.INVOICING)) {
            // The counts per status are counted under the other filters: none here, so the whole list; the total is
            // taken from them (one statement, StatusCounts), no longer counted again by the status's index.
            pageOnly("status " + running, () -> candidateList.list(
                    filter(running, null, null, CandidateFilter.Sort.NAME, false), COORDINATOR, AFTERCARE_SINCE));
        }
        // Aftercare is a year of exits among all those of the past: a tenth of the table, which PostgreSQL rightly
        // counts by reading it; its page still goes by the name index.
        pageOnly("status aftercare", () -> candidateList.list(filter(TrajectoryStatus.AFTERCARE, null, null,
                CandidateFilter.Sort.NAME, false), COORDINATOR, AFTERCARE_SINCE));
        narrowed("one coach", () -> candidateList.list(
                filter(null, "coach7", null, CandidateFilter.Sort.NAME, false), COORDINATOR, AFTERCARE_SINCE));
        narrowed("one coach by entry", () -> candidateList.list(
                filter(TrajectoryStatus.INVOICING, "coach7", null, CandidateFilter.Sort.ENTRY, true), COORDINATOR,
                AFTERCARE_SINCE));
        narrowed("no coach", () -> candidateList.list(
                filter(null, CandidateFilter.NO_COACH, null, CandidateFilter.Sort.NAME, false), COORDINATOR,
                AFTERCARE_SINCE));
        narrowed("a coach's own list", () -> candidateList.list(
                new CandidateFilter(null, null, null, null, true, null, false, 0, 25), COACH, AFTERCARE_SINCE));
        pageOnly("a coach's caseload", () -> candidateList.list(all, COACH, AFTERCARE_SINCE));
        searched("a name anywhere", Set.of("candidate"), () -> candidateList.list(
                filter(null, null, "naam01234", CandidateFilter.Sort.NAME, false), COORDINATOR, AFTERCARE_SINCE));
    }

    @Test
    void theSearchReadsOnlyTheTablesItSearches() {
        searched("a name", Set.of("candidate", "invoice", "customer"),
                () -> finder.find("naam01234", COORDINATOR, 10));
        searched("a name in a caseload", Set.of("candidate", "invoice", "customer"),
                () -> finder.find("naam01234", COACH, 10));
    }

    @Test
    void theInvoiceBooksFiltersAndOrderUseIndexes() {
        // The book's choices (candidates and customers to filter by) and totals span what the filters leave.
        pageOnly("the whole book", () -> invoiceBook.page(InvoiceBookFilter.all(25), COORDINATOR, TODAY));
        pageOnly("a month", () -> invoiceBook.page(new InvoiceBookFilter(LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31), null, null, null, null, 0, 25), COORDINATOR, TODAY));
        pageOnly("a customer", () -> invoiceBook.page(new InvoiceBookFilter(null, null, null, "Klant 17", null,
                null, 0, 25), COORDINATOR, TODAY));
        pageOnly("a candidate", () -> invoiceBook.page(new InvoiceBookFilter(null, null, 1234L, null, null,
                null, 0, 25), COORDINATOR, TODAY));
        pageOnly("awaiting approval", () -> invoiceBook.page(new InvoiceBookFilter(null, null, null, null,
                BookStatus.AWAITING_APPROVAL, null, 0, 25), COORDINATOR, TODAY));
        pageOnly("a coach's book", () -> invoiceBook.page(InvoiceBookFilter.all(25), COACH, TODAY));
        searched("a number anywhere", Set.of("invoice"), () -> invoiceBook.page(new InvoiceBookFilter(null, null,
                null, null, null, "F01234", 0, 25), COORDINATOR, TODAY));
    }

    @Test
    void theOutboxsFiltersUseIndexes() {
        pageOnly("every mail", () -> outbox.messages(null, null, null, PageRequest.of(0, 50), OFFICE));
        narrowed("queued", () -> outbox.messages(MailState.QUEUED, null, null, PageRequest.of(0, 50), OFFICE));
        narrowed("failed reminders", () -> outbox.messages(MailState.FAILED, MailAbout.PAYMENT_REMINDER, null,
                PageRequest.of(0, 50), OFFICE));
        pageOnly("reminders", () -> outbox.messages(null, MailAbout.PAYMENT_REMINDER, null,
                PageRequest.of(0, 50), OFFICE));
        searched("a recipient anywhere", Set.of("mail_message"), () -> outbox.messages(null, null, "klant1234",
                PageRequest.of(0, 50), OFFICE));
    }

    @Test
    void theBankLinesToReviewUseAnIndex() {
        narrowed("to review", () -> statementReview.toReview(OFFICE));
    }

    @Test
    void theAgendaAndTheWorklistsSubjectsUseIndexes() {
        narrowed("a coach's week", () -> agenda.between(COACH, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11),
                List.of(Period.ofMonths(3))));
        List<Long> page = new ArrayList<>();
        for (long id = 1; id <= 25; id++) {
            page.add(id * 37);
        }
        narrowed("a worklist page's trajectories", () -> {
            caseload.byIds(page);
            caseload.groupLeadersOf(page);
            caseload.visibility(COACH).test(caseload.byIds(List.of(37L)).get(37L));
        });
    }

    private static CandidateFilter filter(TrajectoryStatus status, String coach, String text,
                                          CandidateFilter.Sort sort, boolean descending) {
        return new CandidateFilter(status, coach, null, text, false, sort, descending, 0, 25);
    }

    /** Every statement of a filter that narrows finds its rows by index, its counts too. */
    private void narrowed(String what, Runnable list) {
        check(what, list, false, Set.of());
    }

    /** The page's own statements use indexes; its counts and totals span the whole list, as they must. */
    private void pageOnly(String what, Runnable list) {
        check(what, list, true, Set.of());
    }

    /** A text found anywhere in a column reads the table searched (no btree index serves '%x%'), never others. */
    private void searched(String what, Set<String> searchedTables, Runnable list) {
        check(what, list, true, searchedTables);
    }

    private void check(String what, Runnable list, boolean wholeListAggregates, Set<String> mayScan) {
        List<SentStatements.Sent> sent = SentStatements.of(list);
        assertThat(sent).as(what + ": statements recorded").isNotEmpty();
        explain(what, sent, wholeListAggregates, mayScan);
    }

    private void explain(String what, List<SentStatements.Sent> sent, boolean wholeListAggregates,
                         Set<String> mayScan) {
        try (Connection connection = dataSource.getConnection()) {
            for (SentStatements.Sent statement : sent) {
                String sql = statement.sql().toLowerCase(Locale.ROOT);
                if (wholeListAggregates && AGGREGATE.matcher(sql).find()) {
                    continue;
                }
                String plan = SentStatements.plan(connection, statement);
                List<String> scanned = SentStatements.scannedTables(plan).stream()
                        .filter(BIG::contains).filter(t -> !mayScan.contains(t)).toList();
                if (!scanned.isEmpty()) {
                    faults.add(what + ": " + scanned + " read whole by:\n" + statement.sql() + "\n" + plan);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every list a test checked, its faults together: one run shows every missing index. */
    @AfterEach
    void noneReadWhole() {
        assertThat(faults).isEmpty();
    }
}
