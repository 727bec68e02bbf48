package be.actraject.domain.bankstatement;

import be.actraject.domain.bankstatement.ReviewRefusedException.Reason;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.testsupport.CamtFiles;
import be.actraject.testsupport.TestCustomers;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: entries without the bank's reference are known again, a refused file records nothing so that its
 * corrected version imports, and matching by hand refuses what is no payment of the invoice with a reason to act on;
 * H2 and PostgreSQL.
 */
@SpringBootTest
@Transactional
abstract class StatementReviewContract {

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
    StatementImports imports;
    @Autowired
    StatementReview review;
    @Autowired
    JdbcTemplate jdbc;

    private long trajectory;
    private LocalDate today;
    private String run;

    @BeforeEach
    void invoicingCandidate() {
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lotte", "Peeters", "R" + run, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        trajectory = t.getId();
        today = LocalDate.now(clock);
    }

    /** An issued invoice of 100.00 excl. VAT at 21 %: 121.00 to pay. */
    private Invoice issued() {
        Invoice invoice = invoices.submit(trajectory, TestCustomers.draft(customers, trajectory, "Fietsclub",
                "Onderhoud", "100.00", VatRate.TWENTY_ONE, COACH), COACH);
        issuing.issue(invoice.getId());
        return invoices.invoice(invoice.getId(), OFFICE);
    }

    private BigDecimal open(Invoice invoice) {
        return payments.of(invoices.invoice(invoice.getId(), OFFICE)).open();
    }

    private String ref(String name) {
        return name + "-" + run;
    }

    private List<StatementLine> linesOf(long importId) {
        return review.summary(importId, OFFICE).lines().stream().map(LineView::line).toList();
    }

    private StatementLine only(byte[] file) {
        return linesOf(imports.importFile(file, null, OFFICE).importId()).get(0);
    }

    private static Reason refusal(Runnable match) {
        try {
            match.run();
        } catch (ReviewRefusedException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aLineWithoutBankReferenceArrivingInAnotherStatementGoesToReviewAsAPossibleDuplicate() {
        Invoice invoice = issued();
        String communication = invoice.getCommunication().formatted();
        ImportResult first = imports.importFile(CamtFiles.statement(ref("A")).withoutReferences()
                .credit("-", "21.00", today, communication).bytes(), null, OFFICE);

        ImportResult second = imports.importFile(CamtFiles.statement(ref("B")).withoutReferences()
                .credit("-", "21.00", today, communication).bytes(), null, OFFICE);

        assertThat(linesOf(first.importId())).singleElement()
                .satisfies(l -> assertThat(l.getOutcome()).isEqualTo(LineOutcome.PARTLY_PAID));
        assertThat(linesOf(second.importId())).singleElement().satisfies(l -> {
            assertThat(l.getOutcome()).isEqualTo(LineOutcome.TO_REVIEW);
            assertThat(l.getReviewReason()).isEqualTo(ReviewReason.POSSIBLE_DUPLICATE);
            assertThat(l.getInvoiceId()).isEqualTo(invoice.getId());
        });
        assertThat(open(invoice)).as("booked once").isEqualByComparingTo("100.00");
        assertThat(imports.importFile(CamtFiles.statement(ref("B")).withoutReferences()
                .credit("-", "21.00", today, communication).bytes(), null, OFFICE).alreadyImported()).isTrue();
    }

    @Test
    void twoIdenticalLinesWithoutBankReferenceInOneStatementAreTwoPayments() {
        Invoice invoice = issued();
        String communication = invoice.getCommunication().formatted();

        imports.importFile(CamtFiles.statement(ref("C")).withoutReferences()
                .credit("-", "21.00", today, communication).credit("-", "21.00", today, communication).bytes(),
                null, OFFICE);

        assertThat(open(invoice)).isEqualByComparingTo("79.00");
    }

    @Test
    void aFileRefusedForALineWithoutAmountRecordsNothingAndItsCorrectedVersionImports() {
        Map<String, Object> before = counts();
        assertThatThrownBy(() -> imports.importFile(CamtEntryCheckTest.testerFile("noamt.xml"), "n.xml", OFFICE))
                .isInstanceOfSatisfying(StatementRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(StatementRefusedException.Reason.ENTRY_AMOUNT_MISSING));
        assertThat(counts()).isEqualTo(before);

        ImportResult corrected = imports.importFile(CamtEntryCheckTest.testerFile("noamt-fixed.xml"), "n.xml",
                OFFICE);

        assertThat(corrected.alreadyImported()).isFalse();
        assertThat(linesOf(corrected.importId())).singleElement()
                .satisfies(l -> assertThat(l.getAmount()).isEqualByComparingTo("5.00"));
    }

    @Test
    void aLineMatchedForPartOfItsAmountStaysOnTheReviewListWithTheRest() {
        Invoice first = issued();
        Invoice second = issued();
        StatementLine line = only(CamtFiles.statement(ref("D")).creditWithText(ref("D1"), "400.00", today,
                "facturen oktober").bytes());

        HandMatched part = review.match(line.getId(), first.getNumber(), new BigDecimal("121.00"), OFFICE);

        assertThat(part.remaining()).isEqualByComparingTo("279.00");
        assertThat(review.toReview(OFFICE)).filteredOn(v -> v.line().getId().equals(line.getId())).singleElement()
                .satisfies(v -> {
                    assertThat(v.partlyMatched()).isTrue();
                    assertThat(v.remaining()).isEqualByComparingTo("279.00");
                });
        assertThat(refusal(() -> review.match(line.getId(), second.getNumber(), new BigDecimal("300"), OFFICE)))
                .isEqualTo(Reason.MORE_THAN_LINE);
        assertThat(refusal(() -> review.match(line.getId(), second.getNumber(), null, OFFICE)))
                .as("the rest, 279.00, is more than is open").isEqualTo(Reason.MORE_THAN_OPEN);
        review.match(line.getId(), second.getNumber(), new BigDecimal("121.00"), OFFICE);
        StatementReview.MarkedNotOurs marked = review.notOurs(line.getId(), OFFICE);

        assertThat(open(first)).isEqualByComparingTo("0");
        assertThat(open(second)).isEqualByComparingTo("0");
        assertThat(review.toReview(OFFICE)).noneMatch(v -> v.line().getId().equals(line.getId()));
        assertThat(linesOf(line.getImportId()).get(0).getOutcome()).isEqualTo(LineOutcome.MATCHED_BY_HAND);
        // The second tester's F6: the rest was marked, not the whole line; the summary says both amounts.
        assertThat(marked.restOnly()).isTrue();
        assertThat(marked.matched()).isEqualByComparingTo("242.00");
        assertThat(marked.rest()).isEqualByComparingTo("158.00");
        assertThat(review.summary(line.getImportId(), OFFICE).lines()).singleElement().satisfies(v -> {
            assertThat(v.restMarkedNotOurs()).isTrue();
            assertThat(v.matched()).isEqualByComparingTo("242.00");
            assertThat(v.remaining()).isEqualByComparingTo("158.00");
        });
    }

    @Test
    void aLineInAnotherCurrencyOrAReversalIsNeverMatched() {
        Invoice invoice = issued();
        StatementLine dollars = only(CamtFiles.statement(ref("E")).creditIn("USD", ref("E1"), "121.00", today,
                invoice.getCommunication().formatted()).bytes());
        StatementLine reversal = only(CamtFiles.statement(ref("F")).reversal(ref("F1"), "121.00", today,
                invoice.getCommunication().formatted()).bytes());

        assertThat(refusal(() -> review.match(dollars.getId(), invoice.getNumber(), null, OFFICE)))
                .isEqualTo(Reason.OTHER_CURRENCY);
        assertThat(refusal(() -> review.match(reversal.getId(), invoice.getNumber(), null, OFFICE)))
                .isEqualTo(Reason.REVERSAL);
        assertThat(open(invoice)).isEqualByComparingTo("121.00");
    }

    @Test
    void aPrepaymentBookedBeforeTheInvoiceDateIsMatchedOnTheBanksDate() {
        Invoice invoice = issued();
        LocalDate before = invoice.getIssuedOn().minusDays(3);
        StatementLine line = only(CamtFiles.statement(ref("G")).credit(ref("G1"), "121.00", before,
                invoice.getCommunication().formatted()).bytes());
        assertThat(line.getReviewReason()).isEqualTo(ReviewReason.DATE);

        review.match(line.getId(), invoice.getNumber(), null, OFFICE);

        assertThat(open(invoice)).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select paid_on from invoice_payment where reference = ?", LocalDate.class,
                "CAMT " + ref("G1"))).isEqualTo(before);
    }

    @Test
    void aPaidInvoiceOrACreditNoteIsRefusedByName() {
        Invoice paid = issued();
        Invoice credited = issued();
        Invoice note = invoices.submitCreditNote(credited.getId(), new CreditNoteDraft("Korting", List.of(
                new DraftLine("Onderhoud", BigDecimal.ONE, Unit.PIECE, new BigDecimal("10.00"), null, "21"))),
                OFFICE);
        String noteNumber = issuing.issue(note.getId());
        StatementLine full = only(CamtFiles.statement(ref("H")).credit(ref("H1"), "121.00", today,
                paid.getCommunication().formatted()).bytes());
        StatementLine stray = only(CamtFiles.statement(ref("I")).creditWithText(ref("I1"), "50.00", today,
                "betaling").bytes());
        assertThat(full.getOutcome()).isEqualTo(LineOutcome.PAID);

        assertThatThrownBy(() -> review.match(stray.getId(), paid.getNumber(), null, OFFICE))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ALREADY_PAID);
                    assertThat(e.messageArguments()).containsExactly(paid.getNumber());
                });
        assertThatThrownBy(() -> review.match(stray.getId(), noteNumber, null, OFFICE))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CREDIT_NOTE);
                    assertThat(e.messageArguments()).containsExactly(noteNumber);
                });
        assertThat(refusal(() -> review.match(stray.getId(), credited.getNumber(), new BigDecimal("-5"), OFFICE)))
                .isEqualTo(Reason.AMOUNT);
    }

    @Test
    void theSummaryShowsABareStructuredCommunicationAsEverywhereElse() {
        Invoice invoice = issued();
        ImportResult result = imports.importFile(CamtFiles.statement(ref("J"))
                .credit(ref("J1"), "21.00", today, invoice.getCommunication().formatted()).bytes(), null, OFFICE);

        assertThat(review.summary(result.importId(), OFFICE).lines()).singleElement()
                .satisfies(v -> assertThat(v.communication()).isEqualTo(invoice.getCommunication().formatted()));
        assertThat(Remittance.shown("090933755493 dank u")).isEqualTo("+++090/9337/55493+++ dank u");
        assertThat(Remittance.shown("factuur 2026-0001")).isEqualTo("factuur 2026-0001");
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("select (select count(*) from bank_statement_import) imports,"
                + " (select count(*) from bank_statement) statements,"
                + " (select count(*) from bank_statement_entry) entries,"
                + " (select count(*) from invoice_payment) payments");
    }
}
