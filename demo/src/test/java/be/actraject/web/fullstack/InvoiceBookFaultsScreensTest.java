package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.Payments;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tester's faults in the invoice book and on the invoice page (issue 18), through the whole stack: an invoice
 * paid in part and then credited in full is credited everywhere and says what is owed back; nothing more is offered to
 * credit on it; the book's search folds accents and Turkish letters and obeys no LIKE wildcard; the navigation's
 * search finds an invoice by its structured communication for office staff.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-screens;DB_CLOSE_DELAY=-1")
class InvoiceBookFaultsScreensTest {

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();
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

    private String page(MockHttpSession session, String path, String... parameters) throws Exception {
        var request = get(path).session(session);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String link(long invoiceId) {
        return "href=\"/invoices/" + invoiceId + "\"";
    }

    /** An invoice of € 363,00 of which € 121,00 was paid, then credited in full by an issued credit note. */
    private record Refund(TestTrajectory candidate, String customer, long invoice) {
    }

    private Refund paidInPartThenCreditedInFull() {
        String customer = "Çağrı Yılmaz " + CUSTOMERS.incrementAndGet();
        TestTrajectory candidate = new TestTrajectories(context).candidate("Emre", "Terugbetaling")
                .coachedBy("coach").inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long customerId = invoicing.business(candidate, customer, "coach");
        long invoice = invoicing.issuedInvoice(candidate, customerId, customer, "300.00", "coach");
        context.getBean(Payments.class).register(invoice, LocalDate.now(clock), new BigDecimal("121.00"),
                "Uittreksel 12", OFFICE);
        invoicing.issuedCreditNote(candidate, invoice, "300.00", "coach");
        return new Refund(candidate, customer, invoice);
    }

    /** The tester's S5: "Volledig gecrediteerd: er is niets meer te betalen." beside a badge saying "Uitgereikt". */
    @Test
    void anInvoicePaidInPartThenCreditedInFullIsCreditedEverywhereAndSaysWhatIsOwedBack() throws Exception {
        Refund refund = paidInPartThenCreditedInFull();
        MockHttpSession office = signIn("office");

        String invoice = page(office, "/invoices/" + refund.invoice());
        assertThat(invoice).contains("data-status=\"CREDITED\"", "data-testid=\"invoice-status\">Gecrediteerd</span>",
                "Volledig gecrediteerd, nadat de klant al € 121,00 betaald had.",
                "Terug te betalen aan de klant: € 121,00")
                .doesNotContain("er is niets meer te betalen", "data-testid=\"new-credit-note\"");

        String book = page(office, "/invoices", "customer", refund.customer());
        String row = book.substring(book.indexOf(link(refund.invoice())));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("data-testid=\"book-open\"", "€ -121,00");
    }

    /** The second tester's F5: paid in part, credited for the rest, and the page said "Betaald op …", badge Betaald. */
    @Test
    void anInvoicePaidInPartAndCreditedForTheRestSaysWhatWasPaidAndWhatCredited() throws Exception {
        String customer = "Voldaan " + CUSTOMERS.incrementAndGet();
        TestTrajectory candidate = new TestTrajectories(context).candidate("Eline", "Voldaan").coachedBy("coach")
                .inInvoicing();
        TestInvoicing invoicing = new TestInvoicing(context);
        long invoice = invoicing.issuedInvoice(candidate, invoicing.business(candidate, customer, "coach"), customer,
                "300.00", "coach");
        context.getBean(Payments.class).register(invoice, LocalDate.now(clock), new BigDecimal("300.00"),
                "Uittreksel 13", OFFICE);
        invoicing.issuedCreditNote(candidate, invoice, "100.00", "coach");

        String page = page(signIn("office"), "/invoices/" + invoice);

        // € 363,00 due: € 300,00 paid and € 121,00 credited, € 58,00 too much.
        assertThat(page).contains("data-status=\"PAID\"", "data-testid=\"invoice-status\">Voldaan</span>",
                "Voldaan: € 300,00 betaald, € 121,00 gecrediteerd.", "Terug te betalen aan de klant: € 58,00")
                .doesNotContain("Betaald op");
    }

    /** The tester's minor 9: the form offered "hoogstens € 3.955,96", then refused with "hoogstens € 0,00". */
    @Test
    void nothingMoreIsOfferedToCreditOnAnInvoiceCreditedInFull() throws Exception {
        Refund refund = paidInPartThenCreditedInFull();
        MockHttpSession coach = signIn("coach");
        String form = "/invoices/" + refund.invoice() + "/credit-notes/new";

        assertThat(page(coach, "/invoices/" + refund.invoice())).doesNotContain("data-testid=\"new-credit-note\"");
        mvc.perform(get(form).session(coach)).andExpect(redirectedUrl("/invoices/" + refund.invoice()))
                .andExpect(flash().attributeCount(1));
        var refused = mvc.perform(post(form).session(coach).with(csrf()).param("reason", "Nog eens")
                        .param("lines[0].description", "Herstellingen").param("lines[0].quantity", "1")
                        .param("lines[0].unit", "LUMP_SUM").param("lines[0].unitPrice", "10")
                        .param("lines[0].vatCode", "21"))
                .andExpect(redirectedUrl("/invoices/" + refund.invoice())).andReturn();
        String after = mvc.perform(get("/invoices/" + refund.invoice()).session(coach)
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Deze factuur is al volledig gecrediteerd: er valt niets meer te crediteren.");
        assertThat(context.getBean(InvoiceRepository.class).findByCreditedInvoiceId(refund.invoice())).hasSize(1);
    }

    /**
     * The tester's minor 6: "cagri" and "YILMAZ" found nothing, "%" and "_" listed everything; issue 19's second
     * tester: "hotel valk" found "De Valk Hotel" in the navigation's search but not in the book.
     */
    @Test
    void theBookSearchFoldsAccentsAndTurkishLettersAndObeysNoWildcard() throws Exception {
        Refund refund = paidInPartThenCreditedInFull();
        MockHttpSession office = signIn("office");

        for (String typed : List.of("cagri", "YILMAZ", "ÇAĞRI", "çağrı yılmaz", "Cagri Yilmaz", "yilmaz cagri")) {
            assertThat(page(office, "/invoices", "q", typed)).as("searched for '%s'", typed)
                    .contains(link(refund.invoice()));
        }
        for (String wildcard : List.of("%", "_", "%%", "\\")) {
            assertThat(page(office, "/invoices", "q", wildcard)).as("searched for '%s'", wildcard)
                    .doesNotContain(link(refund.invoice()));
        }
    }

    /** The tester's minor 6: the navigation's search found nothing for +++020/2600/00380+++. */
    @Test
    void theNavigationSearchFindsAnInvoiceByItsStructuredCommunicationForOfficeStaff() throws Exception {
        Refund refund = paidInPartThenCreditedInFull();
        Invoice invoice = context.getBean(InvoiceRepository.class).findById(refund.invoice()).orElseThrow();
        String formatted = invoice.getCommunication().formatted();

        for (String typed : List.of(formatted, invoice.getCommunication().digits())) {
            assertThat(page(signIn("office"), "/search", "q", typed)).as("searched for '%s'", typed)
                    .contains(link(refund.invoice()));
        }
        assertThat(page(signIn("coordinator"), "/search", "q", formatted)).contains(link(refund.invoice()));
        assertThat(page(signIn("coach2"), "/search", "q", formatted)).doesNotContain(link(refund.invoice()));
    }
}
