package be.actraject.domain.invoice;

import be.actraject.testsupport.TestCustomers;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.testsupport.PeppolRules;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.invoice.PaymentRefusedException.Reason;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payments on issued invoices, partial ones too, never more than the total; H2 and PostgreSQL. */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class PaymentsContract {

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
    Payments payments;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceDocuments documents;

    private long trajectory;

    private Invoice submitted() {
        String number = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Kobe", "Janssens", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        trajectory = t.getId();
        // 100.00 excl. VAT at 21 %: 121.00 to pay.
        return invoices.submit(t.getId(), TestCustomers.draft(customers, t.getId(), "Fietsclub", "Onderhoud",
                "100.00", VatRate.TWENTY_ONE, COACH), COACH);
    }

    private static Reason reasonOf(Runnable register) {
        try {
            register.run();
        } catch (PaymentRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void partialPaymentsAddUpUntilTheInvoiceIsPaid() {
        Invoice invoice = submitted();
        issuing.issue(invoice.getId());
        LocalDate today = LocalDate.now(clock);

        PaymentState afterFirst = payments.register(invoice.getId(), today, new BigDecimal("21.00"), "deel 1", OFFICE);
        assertThat(afterFirst.open()).isEqualByComparingTo("100.00");
        assertThat(afterFirst.isPaid()).isFalse();
        assertThat(afterFirst.isOverdue(today)).isFalse();
        assertThat(afterFirst.isOverdue(today.plusDays(31))).as("past its due date, still open").isTrue();

        PaymentState paid = payments.register(invoice.getId(), today, new BigDecimal("100"), null, COORDINATOR);
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.isOverdue(today.plusDays(31))).isFalse();
        assertThat(payments.of(trajectory, COACH).get(invoice.getId()).payments()).hasSize(2);
    }

    @Test
    void anOverpaymentAnUnissuedInvoiceAWrongAmountOrDateAreRefused() {
        Invoice invoice = submitted();
        LocalDate today = LocalDate.now(clock);
        assertThat(reasonOf(() -> payments.register(invoice.getId(), today, BigDecimal.TEN, null, OFFICE)))
                .isEqualTo(Reason.NOT_ISSUED);
        issuing.issue(invoice.getId());

        assertThat(reasonOf(() -> payments.register(invoice.getId(), today, new BigDecimal("121.01"), null, OFFICE)))
                .isEqualTo(Reason.OVERPAID);
        assertThat(reasonOf(() -> payments.register(invoice.getId(), today, BigDecimal.ZERO, null, OFFICE)))
                .isEqualTo(Reason.AMOUNT);
        assertThat(reasonOf(() -> payments.register(invoice.getId(), today, new BigDecimal("1.001"), null, OFFICE)))
                .isEqualTo(Reason.AMOUNT);
        assertThat(reasonOf(() -> payments.register(invoice.getId(), today.plusDays(1), BigDecimal.TEN, null,
                OFFICE))).isEqualTo(Reason.DATE);
        assertThat(reasonOf(() -> payments.register(invoice.getId(), today.minusDays(1), BigDecimal.TEN, null,
                OFFICE))).isEqualTo(Reason.DATE);
        assertThatThrownBy(() -> payments.register(invoice.getId(), today, BigDecimal.TEN, null, COACH))
                .isInstanceOf(NotPermittedException.class);
        assertThat(payments.of(trajectory, OFFICE).get(invoice.getId()).payments()).isEmpty();
    }

    @Test
    void anIssuedInvoiceForARecordedCustomerHasDocumentsThatPassThePeppolRules() {
        Invoice ignored = submitted();
        Customer customer = customers.add(trajectory, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS,
                "Gemeente Turnhout", "Campus Blairon 200", "2300", "Turnhout", "BE", "0207.456.769", null, null,
                null), COACH);
        Invoice invoice = invoices.submit(trajectory, new InvoiceDraft("Gemeente Turnhout", "Fietsherstel op de markt",
                new BigDecimal("320.00"), VatRate.TWENTY_ONE, customer.getId()), COACH);
        assertThatThrownBy(() -> documents.of(invoice.getId(), OFFICE))
                .isInstanceOfSatisfying(InvoiceDocumentUnavailableException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvoiceDocumentUnavailableException.Reason.NOT_ISSUED));
        issuing.issue(invoice.getId());

        EInvoice document = documents.forPeppol(invoice.getId(), OFFICE);

        assertThat(document.totals().payable()).isEqualByComparingTo("387.20");
        assertThat(document.communication()).isEqualTo(invoices.invoice(invoice.getId(), OFFICE).getCommunication());
        assertThat(PeppolRules.errorsIn(UblDocuments.write(document), EInvoice.Kind.INVOICE)).isEmpty();
        issuing.issue(ignored.getId());
        assertThat(documents.of(ignored.getId(), OFFICE).buyer().name()).as("a consumer's invoice prints")
                .isEqualTo("Fietsclub");
        assertThatThrownBy(() -> documents.forPeppol(ignored.getId(), OFFICE))
                .isInstanceOfSatisfying(InvoiceDocumentUnavailableException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvoiceDocumentUnavailableException.Reason.NOT_ON_PEPPOL));
        assertThatThrownBy(() -> invoices.submit(trajectory, new InvoiceDraft("Fietsclub", "Onderhoud",
                BigDecimal.TEN, VatRate.SIX), COACH)).as("a customer known by name alone cannot be invoiced")
                .isInstanceOfSatisfying(VatCaseRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(VatCaseRefusedException.Reason.NO_CUSTOMER));
        assertThatThrownBy(() -> invoices.submit(trajectory, new InvoiceDraft("X", "Y", BigDecimal.TEN,
                VatRate.SIX, 999_999L), COACH)).isInstanceOf(UnknownCustomerException.class);
    }
}
