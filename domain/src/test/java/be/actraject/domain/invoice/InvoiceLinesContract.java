package be.actraject.domain.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.testsupport.PeppolRules;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invoices of several lines and rates, quotes made into invoices, and credit notes; H2 and PostgreSQL. */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class InvoiceLinesContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Invoices invoices;
    @Autowired
    Quotes quotes;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Payments payments;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceDocuments documents;
    @Autowired
    InvoiceRepository repository;

    private long trajectory;
    private Customer customer;

    @BeforeEach
    void aCandidateWithACustomer() {
        String number = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Kobe", "Janssens", number, clock), "coach", COORDINATOR);
        trajectory = t.getId();
        progress.enterPhase(trajectory, Phase.PROSPECTING);
        customer = customers.add(trajectory, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Gemeente Turnhout",
                "Campus Blairon 200", "2300", "Turnhout", "BE", "0207.456.769", null, null, null), COACH);
    }

    private static DraftLine line(String description, String quantity, Unit unit, String price, String discount,
                                  String vat) {
        return new DraftLine(description, new BigDecimal(quantity), unit, new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), vat);
    }

    private static final List<DraftLine> THREE_RATES = List.of(
            line("Herstelling", "3.5", Unit.HOUR, "45.00", null, "21"),
            line("Fietsbanden", "4", Unit.PIECE, "19.99", "10", "6"),
            line("Opleiding", "1", Unit.DAY, "250.00", null, "0-art44"));

    private InvoiceDraft draft(List<DraftLine> lines) {
        return new InvoiceDraft(customer.getName(), "Onderhoud vloot", customer.getId(), "PO-88", lines);
    }

    @Test
    void linesAtSeveralRatesAreSummedPerRateAndTheDocumentPassesThePeppolRules() {
        progress.enterPhase(trajectory, Phase.INVOICING);
        Invoice invoice = invoices.submit(trajectory, draft(THREE_RATES), COACH);

        // 3.5 × 45 = 157.50 at 21 % → 33.08; 4 × 19.99 = 79.96 less 10 % (8.00) = 71.96 at 6 % → 4.32; 250 at 0 %.
        assertThat(invoice.getAmountExclVat()).isEqualByComparingTo("479.46");
        assertThat(invoice.vatAmount()).isEqualByComparingTo("37.40");
        assertThat(invoice.total()).isEqualByComparingTo("516.86");
        assertThat(invoice.totals().breakdown()).hasSize(3);
        issuing.issue(invoice.getId());

        EInvoice document = documents.forPeppol(invoice.getId(), OFFICE);
        assertThat(document.lines()).hasSize(3);
        assertThat(document.buyerReference()).isEqualTo("PO-88");
        assertThat(PeppolRules.errorsIn(UblDocuments.write(document), EInvoice.Kind.INVOICE)).isEmpty();
    }

    @Test
    void anUnknownRateANonPositiveQuantityOrNoLinesAreRefusedAndNothingIsStored() {
        progress.enterPhase(trajectory, Phase.INVOICING);
        long before = repository.count();

        assertThatThrownBy(() -> invoices.submit(trajectory,
                draft(List.of(line("Werk", "1", Unit.HOUR, "10.00", null, "19"))), COACH))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.RATE));
        assertThatThrownBy(() -> invoices.submit(trajectory,
                draft(List.of(line("Werk", "0", Unit.HOUR, "10.00", null, "21"))), COACH))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> invoices.submit(trajectory,
                draft(List.of(line("Werk", "-2", Unit.HOUR, "10.00", null, "21"))), COACH))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> invoices.submit(trajectory, draft(List.of()), COACH))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anAcceptedQuoteBecomesAnInvoiceDraftOnceAndOnlyOnce() {
        Quote quote = quotes.draft(trajectory, new QuoteDraft(customer.getId(), "Onderhoud vloot",
                LocalDate.now(clock).plusDays(30), THREE_RATES), COACH);
        assertThat(quote.total()).isEqualByComparingTo("516.86");
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.OPEN);
        // Quoting may start while prospecting; invoicing waits for its phase.
        assertThatThrownBy(() -> invoices.submitFromQuote(quote.getId(), quotes.invoiceDraft(quote.getId(), COACH),
                COACH)).isInstanceOf(NotInvoicingException.class);
        progress.enterPhase(trajectory, Phase.INVOICING);

        InvoiceDraft fromQuote = quotes.invoiceDraft(quote.getId(), COACH);
        assertThat(fromQuote.customerId()).isEqualTo(customer.getId());
        assertThat(fromQuote.lines()).hasSize(3);
        Invoice invoice = invoices.submitFromQuote(quote.getId(), fromQuote, COACH);

        assertThat(invoice.total()).isEqualByComparingTo("516.86");
        assertThat(invoice.getQuoteId()).isEqualTo(quote.getId());
        Quote converted = quotes.quote(quote.getId(), OFFICE);
        assertThat(converted.getStatus()).isEqualTo(QuoteStatus.INVOICED);
        assertThat(converted.getInvoiceId()).isEqualTo(invoice.getId());
        assertThatThrownBy(() -> invoices.submitFromQuote(quote.getId(), fromQuote, COACH))
                .isInstanceOf(QuoteStateException.class);
        assertThatThrownBy(() -> quotes.decline(quote.getId(), COACH)).isInstanceOf(QuoteStateException.class);
    }

    @Test
    void aQuoteNeedsTheCandidatesOwnCustomerAndADateToCome() {
        assertThatThrownBy(() -> quotes.draft(trajectory, new QuoteDraft(999_999L, "X",
                LocalDate.now(clock).plusDays(1), THREE_RATES), COACH)).isInstanceOf(UnknownCustomerException.class);
        assertThatThrownBy(() -> quotes.draft(trajectory, new QuoteDraft(customer.getId(), "X",
                LocalDate.now(clock).minusDays(1), THREE_RATES), COACH)).isInstanceOf(QuoteExpiredException.class);
        Quote declined = quotes.draft(trajectory, new QuoteDraft(customer.getId(), "X", LocalDate.now(clock),
                THREE_RATES), COACH);
        quotes.decline(declined.getId(), COACH);
        assertThatThrownBy(() -> quotes.invoiceDraft(declined.getId(), COACH))
                .isInstanceOf(QuoteStateException.class);
    }

    @Test
    void aCreditNoteCorrectsAnIssuedInvoiceNeverForMoreThanItsTotal() {
        progress.enterPhase(trajectory, Phase.INVOICING);
        Invoice invoice = invoices.submit(trajectory, draft(THREE_RATES), COACH);
        CreditNoteDraft tyres = new CreditNoteDraft("Twee banden niet geleverd",
                List.of(line("Fietsbanden", "2", Unit.PIECE, "19.99", "10", "6")));
        assertThatThrownBy(() -> invoices.submitCreditNote(invoice.getId(), tyres, OFFICE))
                .isInstanceOfSatisfying(CreditNoteRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(CreditNoteRefusedException.Reason.NOT_ISSUED));
        issuing.issue(invoice.getId());

        Invoice note = invoices.submitCreditNote(invoice.getId(), tyres, OFFICE);
        // 2 × 19.99 = 39.98 less 4.00 = 35.98, + 6 % (2.16) = 38.14.
        assertThat(note.isCreditNote()).isTrue();
        assertThat(note.getCustomerId()).isEqualTo(customer.getId());
        assertThat(note.total()).isEqualByComparingTo("38.14");
        assertThatThrownBy(() -> invoices.submitCreditNote(invoice.getId(),
                new CreditNoteDraft("Alles", THREE_RATES), OFFICE))
                .isInstanceOfSatisfying(CreditNoteRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CreditNoteRefusedException.Reason.TOO_MUCH);
                    assertThat(e.creditable()).isEqualByComparingTo("478.72");
                });
        String number = issuing.issue(note.getId());

        assertThat(payments.of(trajectory, OFFICE).get(invoice.getId()).open()).isEqualByComparingTo("478.72");
        assertThat(payments.of(trajectory, OFFICE).get(note.getId()).open()).isEqualByComparingTo("0");
        assertThat(invoices.turnover(trajectory, null)).isEqualByComparingTo("443.48");
        EInvoice document = documents.forPeppol(note.getId(), OFFICE);
        assertThat(document.kind()).isEqualTo(EInvoice.Kind.CREDIT_NOTE);
        assertThat(document.number()).isEqualTo(number);
        assertThat(document.precedingNumber()).isEqualTo(invoices.invoice(invoice.getId(), OFFICE).getNumber());
        assertThat(PeppolRules.errorsIn(UblDocuments.write(document), EInvoice.Kind.CREDIT_NOTE)).isEmpty();
        assertThatThrownBy(() -> invoices.submitCreditNote(note.getId(), tyres, OFFICE))
                .isInstanceOf(CreditNoteRefusedException.class);
    }

    /** Issue 13: a correction is checked as the submission was, the credit note's own first version left out. */
    @Test
    void aCorrectedCreditNoteIsHeldToTheInvoicesRatesAndNeverToZero() {
        progress.enterPhase(trajectory, Phase.INVOICING);
        Invoice invoice = invoices.submit(trajectory, draft(THREE_RATES), COACH);
        issuing.issue(invoice.getId());
        List<DraftLine> allTyres = List.of(line("Fietsbanden", "4", Unit.PIECE, "19.99", "10", "6"));
        Invoice note = invoices.submitCreditNote(invoice.getId(), new CreditNoteDraft("Banden", allTyres), COACH);
        invoices.sendBack(note.getId(), "Welk tarief?", COACH);

        assertThatThrownBy(() -> invoices.correct(note.getId(), draft(List.of(line("Fietsbanden", "4", Unit.PIECE,
                "19.99", "10", "12"))), COACH)).isInstanceOfSatisfying(CreditNoteRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(CreditNoteRefusedException.Reason.RATE_NOT_ON_INVOICE));
        assertThatThrownBy(() -> invoices.correct(note.getId(), draft(List.of(line("Fietsbanden", "4", Unit.PIECE,
                "19.99", "100", "6"))), COACH)).isInstanceOf(ZeroTotalException.class);
        invoices.correct(note.getId(), draft(allTyres), COACH);

        assertThat(invoices.invoice(note.getId(), COACH).getStatus()).isEqualTo(InvoiceStatus.SUBMITTED);
    }
}
