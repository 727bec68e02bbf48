package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Unit;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static be.actraject.domain.customer.CustomerKind.BELGIAN_BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An issued invoice's PDF and UBL stay as issued when the cooperative's configuration changes afterwards (a restart
 * with another {@code ACTRAJECT_COOPERATIVE_IBAN}): they print the seller recorded at issue.
 */
@FullStackTest
class IssuedDocumentsStayTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final String OLD_IBAN = "BE68539007547034";
    static final String NEW_IBAN = "BE71096123456769";

    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Cooperative cooperative;
    @Autowired
    PlatformTransactionManager transactions;

    private String configuredIban;
    private String configuredStreet;

    @BeforeEach
    void remember() {
        configuredIban = cooperative.getIban();
        configuredStreet = cooperative.getStreet();
        cooperative.setIban(OLD_IBAN);
    }

    @AfterEach
    void restore() {
        cooperative.setIban(configuredIban);
        cooperative.setStreet(configuredStreet);
    }

    @Test
    void theDocumentsOfAnIssuedInvoiceKeepTheIbanAndAddressItWasIssuedWith() throws Exception {
        long invoiceId = issuedInvoice();
        cooperative.setIban(NEW_IBAN);
        cooperative.setStreet("Nieuwe Straat 99");

        MockHttpSession office = signIn("office");
        String pdf = PdfText.of(mvc.perform(get("/invoices/" + invoiceId + "/pdf").session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).text();
        String ubl = new String(mvc.perform(get("/invoices/" + invoiceId + "/ubl").session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(pdf.replaceAll("\\s+", "")).contains(OLD_IBAN).doesNotContain(NEW_IBAN);
        assertThat(pdf).contains(configuredStreet).doesNotContain("Nieuwe Straat 99");
        assertThat(ubl).contains("<cbc:ID>" + OLD_IBAN + "</cbc:ID>", configuredStreet)
                .doesNotContain(NEW_IBAN, "Nieuwe Straat 99");
    }

    @Test
    void anInvoiceIssuedBeforeSellersWereRecordedGetsTheConfigurationAtItsFirstReadAndKeepsIt() throws Exception {
        long invoiceId = issuedInvoice();
        jdbc.update("update invoice set seller_name = null, seller_street = null, seller_postal_code = null,"
                + " seller_city = null, seller_enterprise_number = null, seller_iban = null, seller_bic = null,"
                + " seller_footer = null where id = ?", invoiceId);

        MockHttpSession office = signIn("office");
        mvc.perform(get("/invoices/" + invoiceId + "/pdf").session(office)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select seller_iban from invoice where id = ?", String.class, invoiceId))
                .as("recorded at the first read").isEqualTo(OLD_IBAN);

        cooperative.setIban(NEW_IBAN);
        String ubl = new String(mvc.perform(get("/invoices/" + invoiceId + "/ubl").session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(ubl).contains(OLD_IBAN).doesNotContain(NEW_IBAN);
    }

    private long issuedInvoice() {
        long trajectory = new TestTrajectories(context).candidate("Ivo", "Blijvend").coachedBy("coach")
                .inInvoicing().trajectoryId();
        long customerId = customers.add(trajectory, new CustomerDetails(BELGIAN_BUSINESS, "Bouwbedrijf Proef nv",
                "Nijverheidsstraat 5", "2800", "Mechelen", "BE", "0403.170.701", null, null, null), COACH).getId();
        long invoiceId = invoices.submit(trajectory, new InvoiceDraft("klant", "Herstelling", customerId, null,
                List.of(new DraftLine("Herstelling", BigDecimal.ONE, Unit.HOUR, new BigDecimal("45.00"), null, "21")),
                new Supply(LocalDate.now(clock).minusDays(2), null, null, null, null)), COACH).getId();
        new TransactionTemplate(transactions).executeWithoutResult(s -> issuing.issue(invoiceId));
        return invoiceId;
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
