package be.actraject.domain.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, F1: a customer corrected after an invoice was issued to it does not change that invoice's documents;
 * what is issued next names it as corrected. H2 and PostgreSQL (V41).
 */
@SpringBootTest
@Transactional
abstract class IssuedBuyerContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceDocuments documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    private static CustomerDetails turnhout(String street, CustomerLanguage language) {
        return new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Gemeente Turnhout", street, "2300", "Turnhout",
                "BE", "0207.456.769", null, null, null, true, language);
    }

    private long issuedTo(long trajectory, Customer customer) {
        Invoice invoice = invoices.submit(trajectory, new InvoiceDraft(customer.getName(), "Onderhoud vloot",
                customer.getId(), "PO-88", List.of(new DraftLine("Herstelling", BigDecimal.ONE, Unit.HOUR,
                        new BigDecimal("45.00"), null, "21"))), COACH);
        issuing.issue(invoice.getId());
        return invoice.getId();
    }

    @Test
    void anIssuedInvoiceKeepsTheCustomerItWasIssuedToAfterTheCustomerIsCorrected() {
        String number = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Kobe", "Janssens", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        Customer customer = customers.add(t.getId(), turnhout("Campus Blairon 200", CustomerLanguage.NL), COACH);
        long before = issuedTo(t.getId(), customer);

        customers.change(t.getId(), customer.getId(), turnhout("Grote Markt 1", CustomerLanguage.FR), OFFICE);
        long after = issuedTo(t.getId(), customer);

        InvoiceDocuments.Printed issued = documents.printed(before, OFFICE);
        assertThat(issued.document().buyer().street()).isEqualTo("Campus Blairon 200");
        assertThat(issued.language()).isEqualTo(CustomerLanguage.NL);
        assertThat(documents.forPeppol(before, OFFICE).buyer().endpointId()).isEqualTo("0207456769");
        EInvoice next = documents.of(after, OFFICE);
        assertThat(next.buyer().street()).isEqualTo("Grote Markt 1");
        assertThat(documents.printed(after, OFFICE).language()).isEqualTo(CustomerLanguage.FR);
        entities.flush();
        assertThat(jdbc.queryForObject("select buyer_street from invoice where id = ?", String.class, before))
                .isEqualTo("Campus Blairon 200");
    }
}
