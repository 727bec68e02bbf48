package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.invoicebook.InvoiceBook;
import be.actraject.domain.invoicebook.InvoiceBookFilter;
import be.actraject.domain.invoicebook.InvoiceBookPage;
import be.actraject.domain.invoicebook.InvoiceBookRow;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.support.PageTimer;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.StatementCounter;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice book costs the same few SQL statements whatever the number of invoices: each page is counted with 5
 * invoices and again with 500, filtered, searched and at each page size, through the whole stack. The same data show
 * that the status filter in the database and the status rule in Java agree on every invoice.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:invoice-book-statements;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceBookStatementsTest {

    /** What one page may cost at most: InvoiceBook's nine, the session and the security around them. */
    static final long MAX_STATEMENTS = 14;

    static final Actor COORDINATOR = Actor.of("bkcoordinator", Role.COORDINATOR);
    static final Actor COACH = Actor.of("bkcoach", Role.COACH);
    static final Actor OFFICE = Actor.of("bkoffice", Role.OFFICE);

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Payments payments;
    @Autowired
    InvoiceBook book;
    @Autowired
    TransactionTemplate transaction;

    private int made;
    private long trajectoryId;
    private long customerId;

    /**
     * Makes invoices until there are {@code total}, in turn: waiting for approval, issued, partly paid, paid, credited
     * in full, credited in part; ten to a candidate.
     */
    private void growTo(int total) {
        while (made < total) {
            if (made % 10 == 0) {
                newCandidate();
            }
            made++;
            long id = invoices.submit(trajectoryId, draft("Herstelling " + made, "100.00"), COACH).getId();
            int kind = made % 6;
            if (kind == 0) {
                continue;
            }
            transaction.executeWithoutResult(s -> issuing.issue(id));
            LocalDate today = LocalDate.now(clock);
            switch (kind) {
                case 2 -> payments.register(id, today, new BigDecimal("50.00"), "Uittreksel " + made, OFFICE);
                case 3 -> payments.register(id, today, new BigDecimal("121.00"), null, OFFICE);
                case 4 -> credit(id, "100.00");
                case 5 -> credit(id, "40.00");
                default -> {
                }
            }
        }
    }

    private void credit(long invoiceId, String amount) {
        long note = invoices.submitCreditNote(invoiceId, new CreditNoteDraft("Korting", List.of(line(amount))),
                COACH).getId();
        transaction.executeWithoutResult(s -> issuing.issue(note));
    }

    private void newCandidate() {
        int n = made / 10;
        CandidateDetails details = new CandidateDetails("Factuur", "Kandidaat " + n, "fk" + n + "@example.be",
                null, null, null, null, LocalDate.of(1990, 1, 1), "BK" + (1000 + n),
                LocalDate.now(clock).minusDays(1), "Fietsherstel");
        trajectoryId = registration.register(details, "bkcoach", COORDINATOR).getId();
        progress.enterPhase(trajectoryId, Phase.INVOICING);
        customerId = customers.add(trajectoryId, new CustomerDetails(CustomerKind.CONSUMER, "Klant " + n,
                "Kerkstraat 8", "2800", "Mechelen", "BE", null, null, null, null), COACH).getId();
    }

    private InvoiceDraft draft(String description, String amount) {
        return new InvoiceDraft("Klant " + (made / 10), description, customerId, null, List.of(line(amount)));
    }

    private static DraftLine line(String amount) {
        return new DraftLine("Herstelling", BigDecimal.ONE, Unit.LUMP_SUM, new BigDecimal(amount), null, "21");
    }

    private long statementsOf(String url, RequestPostProcessor who) throws Exception {
        return PageTimer.statementsOf(mvc, url, who);
    }

    private Map<String, Long> measure() throws Exception {
        RequestPostProcessor office = SignedIn.as("bkoffice", Role.OFFICE);
        RequestPostProcessor coach = SignedIn.as("bkcoach", Role.COACH);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("book, office", statementsOf("/invoices", office));
        counts.put("book, coach", statementsOf("/invoices", coach));
        counts.put("book, 100 a page", statementsOf("/invoices?size=100", office));
        counts.put("book, paid", statementsOf("/invoices?status=PAID", office));
        counts.put("book, overdue", statementsOf("/invoices?status=OVERDUE", office));
        counts.put("book, period and customer", statementsOf("/invoices?from=01-01-2000&until=31-12-2999"
                + "&customer=Klant%200", office));
        counts.put("book, search", statementsOf("/invoices?q=%2B%2B%2B", office));
        counts.put("book, bad date", statementsOf("/invoices?from=31-02-2026", office));
        return counts;
    }

    @Test
    void theBookCostsTheSameFewStatementsWithFiveInvoicesAndWithFiveHundred() throws Exception {
        growTo(5);
        Map<String, Long> withFive = measure();
        growTo(500);
        Map<String, Long> withFiveHundred = measure();

        System.out.printf("Invoice book statements per page: 5 invoices %s, 500 invoices %s%n", withFive,
                withFiveHundred);
        assertThat(withFiveHundred).isEqualTo(withFive);
        assertThat(withFive.values()).allSatisfy(n -> assertThat(n).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS));
    }

    @Test
    void theStatusFilterInTheDatabaseAgreesWithTheRuleOnEveryInvoiceTodayAndWhenTheyAreDue() {
        growTo(60);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : List.of(today, today.plusDays(90))) {
            InvoiceBookPage all = book.page(InvoiceBookFilter.all(2000), OFFICE, day);
            Map<BookStatus, Long> byRule = new EnumMap<>(BookStatus.class);
            all.rows().forEach(r -> byRule.merge(r.status(), 1L, Long::sum));
            for (BookStatus status : BookStatus.values()) {
                InvoiceBookPage filtered = book.page(new InvoiceBookFilter(null, null, null, null, status, null, 0,
                        2000), OFFICE, day);
                assertThat(filtered.rows()).as(status + " on " + day).extracting(InvoiceBookRow::status)
                        .allSatisfy(s -> assertThat(s).isEqualTo(status));
                assertThat(filtered.matching()).as(status + " on " + day)
                        .isEqualTo(byRule.getOrDefault(status, 0L));
            }
        }
        InvoiceBookPage now = book.page(InvoiceBookFilter.all(2000), OFFICE, today);
        assertThat(now.rows()).extracting(InvoiceBookRow::status).contains(BookStatus.AWAITING_APPROVAL,
                BookStatus.ISSUED, BookStatus.PARTLY_PAID, BookStatus.PAID, BookStatus.CREDITED);
        InvoiceBookPage later = book.page(InvoiceBookFilter.all(2000), OFFICE, today.plusDays(90));
        // An issued credit note stays issued: it is never due, it lowers what is open on the invoice it credits.
        assertThat(later.rows()).filteredOn(r -> !r.state().invoice().isCreditNote())
                .extracting(InvoiceBookRow::status).contains(BookStatus.OVERDUE)
                .doesNotContain(BookStatus.ISSUED, BookStatus.PARTLY_PAID);
    }

    @Test
    void theTotalsAreThoseOfEveryIssuedDocumentOfTheSelectionNotOnlyOfThePage() {
        growTo(60);
        LocalDate today = LocalDate.now(clock);
        InvoiceBookPage all = book.page(InvoiceBookFilter.all(2000), OFFICE, today);
        BigDecimal expected = all.rows().stream()
                .filter(r -> r.status() != BookStatus.AWAITING_APPROVAL && r.status() != BookStatus.SENT_BACK)
                .map(r -> r.state().invoice().isCreditNote() ? r.state().invoice().total().negate()
                        : r.state().invoice().total())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        InvoiceBookPage firstOfTen = book.page(InvoiceBookFilter.all(10), OFFICE, today);

        assertThat(firstOfTen.rows()).hasSize(10);
        assertThat(firstOfTen.total()).isEqualByComparingTo(expected).isPositive();
        assertThat(firstOfTen.totals()).singleElement().satisfies(t -> {
            assertThat(t.rate().percent()).isEqualByComparingTo("21");
            assertThat(t.vat()).isEqualByComparingTo(t.taxable().multiply(new BigDecimal("0.21")));
        });
    }
}
