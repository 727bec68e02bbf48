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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static be.actraject.domain.customer.CustomerKind.CONSUMER;
import static be.actraject.domain.customer.CustomerKind.FOREIGN_BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The invoice page says truly why an issued invoice has no e-invoice: a business without Peppol address, a consumer. */
@FullStackTest
class NoEInvoiceReasonTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);

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
    PlatformTransactionManager transactions;

    @Test
    void aBusinessWithoutPeppolAddressIsNotCalledAConsumer() throws Exception {
        long trajectory = new TestTrajectories(context).candidate("Noor", "Zonderpeppol").coachedBy("coach")
                .inInvoicing().trajectoryId();
        long business = customers.add(trajectory, new CustomerDetails(FOREIGN_BUSINESS, "Camping De Duinen BV",
                "Duinweg 1", "4351", "Renesse", "NL", null, "NL859185574B01", null, null), COACH).getId();
        long consumer = customers.add(trajectory, new CustomerDetails(CONSUMER, "Jan Proefklant", "Kerkstraat 8",
                "2800", "Mechelen", "BE", null, null, null, null), COACH).getId();
        MockHttpSession coach = signIn();

        String businessPage = page(issued(trajectory, business), coach);
        assertThat(businessPage).contains("voor dit bedrijf is geen Peppol-adres geregistreerd")
                .doesNotContain("particulier");
        assertThat(page(issued(trajectory, consumer), coach)).contains("een particulier is niet bereikbaar via Peppol");
    }

    private String page(long invoiceId, MockHttpSession session) throws Exception {
        return mvc.perform(get("/invoices/" + invoiceId).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long issued(long trajectoryId, long customerId) {
        long invoiceId = invoices.submit(trajectoryId, new InvoiceDraft("klant", "Onderhoud", customerId, null,
                List.of(new DraftLine("Fietsbanden", BigDecimal.ONE, Unit.PIECE, new BigDecimal("45.00"), null, "21")),
                // Goods handed over in Belgium carry Belgian VAT whoever buys them (W.btw art. 14).
                new Supply(LocalDate.now(clock).minusDays(2), null, null, null, null, SupplyKind.GOODS)), COACH)
                .getId();
        new TransactionTemplate(transactions).executeWithoutResult(s -> issuing.issue(invoiceId));
        return invoiceId;
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coach").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
