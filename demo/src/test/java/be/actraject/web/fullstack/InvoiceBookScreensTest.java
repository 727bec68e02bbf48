package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invoice book as office staff use it, through the whole stack: every invoice of a customer with where it
 * stands, found by number or by its structured communication however it is typed, filtered by status, totalled per
 * VAT rate; bad filter values answered in Dutch with what was typed kept; the invoice page saying truthfully what
 * is left to pay.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-screens;DB_CLOSE_DELAY=-1")
class InvoiceBookScreensTest {

    /** Each test its own customer: the tests share one database, and the totals are those of the customer. */
    private static final java.util.concurrent.atomic.AtomicInteger CUSTOMERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The book as filtered by these parameters (name, value, …), as a browser's GET form would send them. */
    private String search(MockHttpSession session, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/invoices").session(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The book of this test's customer, narrowed further by these parameters. */
    private String book(MockHttpSession session, String... parameters) throws Exception {
        String[] all = new String[parameters.length + 2];
        all[0] = "customer";
        all[1] = customer;
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        return search(session, all);
    }

    private static String link(long invoiceId) {
        return "href=\"/invoices/" + invoiceId + "\"";
    }

    /** The invoices of one customer: paid, partly paid, credited in full, and one waiting for approval. */
    private record Book(long paid, long partly, long credited, long waiting) {
    }

    private String customer = "Bakkerij Boekzoek";

    private Book invoicesOfOneCustomer() {
        customer = "Bakkerij Boekzoek " + CUSTOMERS.incrementAndGet();
        TestTrajectory candidate = new TestTrajectories(context).candidate("Lotte", "Boekhouding")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customerId = invoicing.business(candidate, customer, "coach");
        long paid = invoicing.issuedInvoice(candidate, customerId, customer, "100.00", "coach");
        long partly = invoicing.issuedInvoice(candidate, customerId, customer, "200.00", "coach");
        long credited = invoicing.issuedInvoice(candidate, customerId, customer, "300.00", "coach");
        long waiting = invoicing.submitted(candidate, customerId, customer, "50.00", "coach");
        Payments payments = context.getBean(Payments.class);
        LocalDate today = LocalDate.now(clock);
        payments.register(paid, today, new BigDecimal("121.00"), "Uittreksel 7", OFFICE);
        payments.register(partly, today, new BigDecimal("42.00"), null, OFFICE);
        // The credit note straight through the domain: its approval is the approval issue's, not this one's.
        long note = context.getBean(Invoices.class).submitCreditNote(credited, new CreditNoteDraft("Geannuleerd",
                List.of(new DraftLine("Herstellingen", BigDecimal.ONE, Unit.LUMP_SUM, new BigDecimal("300.00"),
                        null, "21"))), Actor.of("coach", Role.COACH)).getId();
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> context.getBean(InvoiceIssuing.class).issue(note));
        return new Book(paid, partly, credited, waiting);
    }

    @Test
    void officeFindsEveryInvoiceOfACustomerWithWhereItStandsAndTheTotalsPerRate() throws Exception {
        Book invoices = invoicesOfOneCustomer();
        MockHttpSession office = signIn("office");

        String all = book(office, "size", "25");

        assertThat(all).contains("data-testid=\"invoice-book\"", link(invoices.paid()), link(invoices.partly()),
                link(invoices.credited()), link(invoices.waiting()), "Lotte Boekhouding", "data-status=\"PAID\"",
                "data-status=\"PARTLY_PAID\"", "data-status=\"CREDITED\"", "data-status=\"AWAITING_APPROVAL\"",
                "Creditnota");
        // Issued: 100 + 200 + 300 less the 300 credited = 300 taxable, 63 VAT; the invoice waiting is not issued.
        assertThat(all.substring(all.indexOf("data-testid=\"book-totals\""))).contains("21 % btw", "300,00",
                "63,00", "363,00");

        String paidOnly = book(office, "status", "PAID");
        assertThat(paidOnly).contains(link(invoices.paid())).doesNotContain(link(invoices.partly()),
                link(invoices.credited()), link(invoices.waiting()));
        String creditedOnly = book(office, "status", "CREDITED");
        assertThat(creditedOnly).contains(link(invoices.credited())).doesNotContain(link(invoices.paid()));
    }

    @Test
    void theSearchFindsAnInvoiceByNumberAndByItsCommunicationTypedAnyWay() throws Exception {
        Book invoices = invoicesOfOneCustomer();
        Invoice partly = context.getBean(InvoiceRepository.class).findById(invoices.partly()).orElseThrow();
        String formatted = partly.getCommunication().formatted();
        String digits = partly.getCommunication().digits();
        MockHttpSession office = signIn("office");

        for (String typed : List.of(formatted, digits, "\u00A0" + digits.substring(0, 3) + " " + digits.substring(3, 7)
                + " " + digits.substring(7) + " ", formatted.replace("+", "").replace("/", " "), partly.getNumber())) {
            String found = search(office, "q", typed);
            assertThat(found).as("searched for '%s'", typed).contains(link(invoices.partly()))
                    .doesNotContain(link(invoices.paid()), link(invoices.credited()));
        }
        assertThat(search(office, "q", "boekzoek")).contains(link(invoices.paid()), link(invoices.partly()));
        assertThat(search(signIn("coach2"), "q", "boekzoek"))
                .doesNotContain(link(invoices.paid()), "Lotte Boekhouding");
    }

    @Test
    void aBadFilterValueIsAnsweredInDutchAndWhatWasTypedStays() throws Exception {
        Book invoices = invoicesOfOneCustomer();
        MockHttpSession office = signIn("office");

        String badDate = book(office, "from", "31-02-2026");
        assertThat(badDate).contains("data-testid=\"book-refused\"", "Uitgereikt vanaf: geen bestaande datum",
                "value=\"31-02-2026\"", link(invoices.paid()));

        String badStatus = book(office, "status", "BETAALD_MISSCHIEN");
        assertThat(badStatus).contains("deze status bestaat niet", link(invoices.paid()), link(invoices.waiting()));

        String backwards = book(office, "from", "31-12-2026", "until", "01-01-2026");
        assertThat(backwards).contains("ligt vóór het begin van de periode");

        String dutchPeriod = book(office, "from", "01-01-2000", "until", "31-12-2999");
        assertThat(dutchPeriod).doesNotContain("book-refused").contains(link(invoices.paid()))
                .doesNotContain(link(invoices.waiting())); // not issued: no issue date in any period
    }

    @Test
    void theInvoicePageSaysWhatIsLeftToPayTruthfully() throws Exception {
        Book invoices = invoicesOfOneCustomer();
        MockHttpSession office = signIn("office");

        String paid = page(office, "/invoices/" + invoices.paid());
        assertThat(paid).contains("data-status=\"PAID\"", "Betaald op ")
                .doesNotContainIgnoringCase("te betalen tegen");

        String partly = page(office, "/invoices/" + invoices.partly());
        assertThat(partly).contains("data-status=\"PARTLY_PAID\"", "Deels betaald: € 42,00 betaald, nog € 200,00 te "
                + "betalen tegen");

        String credited = page(office, "/invoices/" + invoices.credited());
        assertThat(credited).contains("data-status=\"CREDITED\"", "Volledig gecrediteerd")
                .doesNotContainIgnoringCase("te betalen tegen");
    }
}
