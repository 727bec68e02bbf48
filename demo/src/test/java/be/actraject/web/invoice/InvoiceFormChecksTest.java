package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Unit;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static be.actraject.domain.customer.CustomerKind.CONSUMER;
import static be.actraject.domain.customer.CustomerKind.FOREIGN_BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tester's findings of issue 13, part A, on the forms: a quote is refused what its invoice would be and keeps its
 * kind of supply into the invoice; a credit note credits at the invoice's rates only; nothing totalling zero is
 * submitted. Each refusal is said on the form, beside its field where it has one, with what was typed kept.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:invoice-form-checks;DB_CLOSE_DELAY=-1")
class InvoiceFormChecksTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    PlatformTransactionManager transactions;

    private long trajectory;
    private long candidate;

    @BeforeEach
    void aTrajectoryInInvoicing() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        trajectory = new TestTrajectories(context).candidate("Inge", "Formulier").coachedBy("coach")
                .inInvoicing().trajectoryId();
        candidate = jdbc.queryForObject("select candidate_id from trajectory where id = ?", Long.class, trajectory);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aQuoteIsRefusedWhatItsInvoiceWouldBeBesideTheFieldWithWhatWasTypedKept() throws Exception {
        long consumer = customers.add(trajectory, new CustomerDetails(CONSUMER, "Jan Proefklant", "Kerkstraat 8",
                "2800", "Mechelen", "BE", null, null, null, null), COACH).getId();
        long norwegian = customers.add(trajectory, new CustomerDetails(FOREIGN_BUSINESS, "Fjord Sykler AS",
                "Strandgata 2", "5013", "Bergen", "NO", null, "NO923609016MVA", "0192:923609016", null), COACH)
                .getId();
        MockHttpSession coach = signIn();
        int before = quoteCount();

        String intraCommunity = quote(coach, consumer, "GOODS", "0-icl", "Fietsen voor de markt");
        assertThat(intraCommunity).contains("Een intracommunautaire levering kan alleen aan een bedrijf met "
                + "btw-nummer in een andere lidstaat", "value=\"Fietsen voor de markt\"");
        String servicesAbroad = quote(coach, norwegian, "SERVICES", "21", "Herstelling in Bergen");
        assertThat(servicesAbroad).as("beside the kind of supply").containsPattern(
                "(?s)data-testid=\"supply-kind\".*Een dienst aan een bedrijf in het buitenland is niet in België belast")
                .contains("value=\"Herstelling in Bergen\"");
        assertThat(quoteCount()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aQuotesKindOfSupplyIsStoredShownAndCarriedToItsInvoice() throws Exception {
        long german = customers.add(trajectory, new CustomerDetails(FOREIGN_BUSINESS, "Ökobau Müller GmbH",
                "Hauptstraße 7", "52062", "Aachen", "DE", null, "DE123456789", "9930:DE123456789", null), COACH)
                .getId();
        MockHttpSession coach = signIn();

        String location = mvc.perform(post("/candidates/" + candidate + "/quotes/new").with(csrf()).session(coach)
                        .param("customerId", Long.toString(german)).param("subject", "Fietsen voor Aachen")
                        .param("validUntil", LocalDate.now(clock).plusDays(30).toString()).param("supplyKind", "GOODS")
                        .param("lines[0].description", "Bakfiets").param("lines[0].quantity", "2")
                        .param("lines[0].unit", "PIECE").param("lines[0].unitPrice", "1800")
                        .param("lines[0].vatCode", "0-icl"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long quoteId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(jdbc.queryForObject("select supply_kind from quote where id = ?", String.class, quoteId))
                .isEqualTo("GOODS");
        assertThat(mvc.perform(get("/quotes/" + quoteId).session(coach)).andReturn().getResponse()
                .getContentAsString()).contains("Soort levering: Goederen");
        String invoiceForm = mvc.perform(get("/candidates/" + candidate + "/invoices/new").param("quote",
                Long.toString(quoteId)).session(coach)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(invoiceForm).containsPattern("<option value=\"GOODS\" selected=\"selected\"");
    }

    @Test
    void aCreditNoteCannotChangeTheRateOfTheLineItCredits() throws Exception {
        long consumer = customers.add(trajectory, new CustomerDetails(CONSUMER, "An Proefklant", "Markt 1", "2800",
                "Mechelen", "BE", null, null, null, null), COACH).getId();
        long invoiceId = invoices.submit(trajectory, new InvoiceDraft("klant", "Renovatie", consumer, null,
                List.of(new DraftLine("Renovatie", BigDecimal.ONE, Unit.PIECE, new BigDecimal("100.00"), null, "6"),
                        new DraftLine("Verlichting", BigDecimal.ONE, Unit.PIECE, new BigDecimal("100.00"), null,
                                "21")),
                new Supply(LocalDate.now(clock), null, null, null, null, SupplyKind.SERVICES)), COACH).getId();
        new TransactionTemplate(transactions).executeWithoutResult(s -> issuing.issue(invoiceId));
        MockHttpSession coach = signIn();
        int before = invoiceCount();

        String atArt44 = creditNote(coach, invoiceId, "0-art44", "100");
        assertThat(atArt44).as("beside the line's rate").containsPattern("(?s)lines\\[1\\]\\.vatCode.*"
                + "Dit btw-tarief staat niet op de gecrediteerde factuur");
        // 20 + 90 at 6 % is within the invoice's 227,00 in all, but passes its 100,00 at 6 %.
        String tooMuch = creditNote(coach, invoiceId, "6", "90");
        assertThat(tooMuch).as("beside the line's price").containsPattern("(?s)lines\\[1\\]\\.unitPrice.*"
                + "Dat is meer dan er tegen dit btw-tarief nog te crediteren valt: hoogstens € 100,00 excl. btw")
                .contains("value=\"Terugname\"");
        assertThat(invoiceCount()).isEqualTo(before);
    }

    @Test
    void anInvoiceForNothingIsRefusedAboveItsLines() throws Exception {
        long consumer = customers.add(trajectory, new CustomerDetails(CONSUMER, "Els Proefklant", "Dorp 3", "2800",
                "Mechelen", "BE", null, null, null, null), COACH).getId();
        MockHttpSession coach = signIn();
        int before = invoiceCount();

        String page = mvc.perform(post("/candidates/" + candidate + "/invoices/new").with(csrf()).session(coach)
                        .param("customerId", Long.toString(consumer)).param("description", "Gratis nazicht")
                        .param("lines[0].description", "Nazicht").param("lines[0].quantity", "1")
                        .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "45")
                        .param("lines[0].discountPercent", "100").param("lines[0].vatCode", "21"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Het totaal excl. btw is € 0,00", "value=\"Gratis nazicht\"");
        assertThat(invoiceCount()).isEqualTo(before);
    }

    /** A credit note of two lines — the first at the invoice's rate — so the refusal must find the second. */
    private String creditNote(MockHttpSession coach, long invoiceId, String rate, String price) throws Exception {
        return mvc.perform(post("/invoices/" + invoiceId + "/credit-notes/new").with(csrf()).session(coach)
                        .param("reason", "Terugname")
                        .param("lines[0].description", "Renovatie, deel").param("lines[0].quantity", "1")
                        .param("lines[0].unit", "PIECE").param("lines[0].unitPrice", "20")
                        .param("lines[0].vatCode", "6")
                        .param("lines[1].description", "Renovatie, rest").param("lines[1].quantity", "1")
                        .param("lines[1].unit", "PIECE").param("lines[1].unitPrice", price)
                        .param("lines[1].vatCode", rate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String quote(MockHttpSession coach, long customerId, String kind, String rate, String subject)
            throws Exception {
        return mvc.perform(post("/candidates/" + candidate + "/quotes/new").with(csrf()).session(coach)
                        .param("customerId", Long.toString(customerId)).param("subject", subject)
                        .param("validUntil", LocalDate.now(clock).plusDays(30).toString()).param("supplyKind", kind)
                        .param("lines[0].description", "Werk").param("lines[0].quantity", "1")
                        .param("lines[0].unit", "PIECE").param("lines[0].unitPrice", "100")
                        .param("lines[0].vatCode", rate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int quoteCount() {
        return jdbc.queryForObject("select count(*) from quote where trajectory_id = ?", Integer.class, trajectory);
    }

    private int invoiceCount() {
        return jdbc.queryForObject("select count(*) from invoice where trajectory_id = ?", Integer.class, trajectory);
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coach").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
