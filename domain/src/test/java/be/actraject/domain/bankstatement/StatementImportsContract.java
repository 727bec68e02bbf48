package be.actraject.domain.bankstatement;

import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.bankstatement.StatementRefusedException.Reason;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bank statement settles the invoices its credits name, and leaves the rest for review; once (the unique keys of
 * V34 on both databases); H2 and PostgreSQL.
 */
@SpringBootTest
@Transactional
abstract class StatementImportsContract {

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
        Trajectory t = registration.register(candidate("Lotte", "Peeters", "B" + run, clock), "coach", COORDINATOR);
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

    private Map<String, StatementLine> linesOf(long importId) {
        return review.summary(importId, OFFICE).lines().stream().map(LineView::line)
                .collect(Collectors.toMap(StatementLine::getReference, l -> l));
    }

    @Test
    void matchingCreditsSettleTheirInvoicesAndTheRestGoesToReview() {
        Invoice paidInFull = issued();
        Invoice paidInPart = issued();
        Invoice overpaid = issued();
        String full = paidInFull.getCommunication().formatted();
        byte[] file = CamtFiles.statement(ref("S1"))
                .credit(ref("FULL"), "121.00", today, full)
                .creditWithText(ref("PART"), "21.00", today,
                        "Betaling " + paidInPart.getCommunication().formatted())
                .credit(ref("OVER"), "150.00", today, overpaid.getCommunication().formatted())
                .credit(ref("UNKNOWN"), "10.00", today, "+++999/9999/99948+++")
                .creditWithText(ref("INVALID"), "10.00", today, "+++090/9337/55494+++")
                .creditWithText(ref("NONE"), "10.00", today, "Factuur van oktober")
                .debit(ref("DEBIT"), "9.99", today, "Bankkosten").bytes();

        ImportResult result = imports.importFile(file, "uittreksel.xml", OFFICE);

        assertThat(result.alreadyImported()).isFalse();
        assertThat(open(paidInFull)).isEqualByComparingTo("0");
        assertThat(open(paidInPart)).isEqualByComparingTo("100.00");
        assertThat(open(overpaid)).as("never an overpayment booked silently").isEqualByComparingTo("121.00");
        Map<String, StatementLine> lines = linesOf(result.importId());
        assertThat(lines.get(ref("FULL")).getOutcome()).isEqualTo(LineOutcome.PAID);
        assertThat(lines.get(ref("FULL")).getInvoiceId()).isEqualTo(paidInFull.getId());
        assertThat(lines.get(ref("PART")).getOutcome()).isEqualTo(LineOutcome.PARTLY_PAID);
        assertThat(lines.get(ref("OVER")).getReviewReason()).isEqualTo(ReviewReason.MORE_THAN_OPEN);
        assertThat(lines.get(ref("OVER")).getInvoiceId()).isEqualTo(overpaid.getId());
        assertThat(lines.get(ref("UNKNOWN")).getReviewReason()).isEqualTo(ReviewReason.UNKNOWN_COMMUNICATION);
        assertThat(lines.get(ref("INVALID")).getReviewReason()).isEqualTo(ReviewReason.NO_COMMUNICATION);
        assertThat(lines.get(ref("NONE")).getReviewReason()).isEqualTo(ReviewReason.NO_COMMUNICATION);
        assertThat(lines.get(ref("DEBIT")).getReviewReason()).isEqualTo(ReviewReason.DEBIT);
        StatementImport summary = review.summary(result.importId(), OFFICE).statementImport();
        assertThat(summary.getPaid()).isEqualTo(1);
        assertThat(summary.getPartlyPaid()).isEqualTo(1);
        assertThat(summary.getToReview()).isEqualTo(5);
        assertThat(summary.getDuplicates()).isZero();
    }

    @Test
    void theSameFileImportedTwiceChangesNothing() {
        Invoice invoice = issued();
        byte[] file = CamtFiles.statement(ref("S2"))
                .credit(ref("P1"), "21.00", today, invoice.getCommunication().formatted())
                .creditWithText(ref("R1"), "5.00", today, "geen mededeling").bytes();
        ImportResult first = imports.importFile(file, "a.xml", OFFICE);
        Map<String, Object> before = counts();

        ImportResult second = imports.importFile(file, "a.xml", OFFICE);

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.importId()).isEqualTo(first.importId());
        assertThat(counts()).isEqualTo(before);
        assertThat(open(invoice)).isEqualByComparingTo("100.00");
    }

    /** The second tester's F2: "al eerder ingelezen; er is niets veranderd", and the new line was lost silently. */
    @Test
    void aKnownStatementIdWithALineItDidNotHoldIsRefusedAndNothingIsBooked() {
        Invoice invoice = issued();
        imports.importFile(CamtFiles.statement(ref("S3"))
                .creditWithText(ref("R1"), "5.00", today, "geen mededeling").bytes(), "a.xml", OFFICE);
        Map<String, Object> before = counts();

        assertThatThrownBy(() -> imports.importFile(CamtFiles.statement(ref("S3"))
                .creditWithText(ref("R1"), "5.00", today, "geen mededeling")
                .credit(ref("P1"), "121.00", today, invoice.getCommunication().formatted()).bytes(), "b.xml", OFFICE))
                .isInstanceOfSatisfying(StatementRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StatementRefusedException.Reason.SAME_ID_OTHER_LINES);
                    assertThat(e.messageArguments()).containsExactly(ref("S3"));
                });
        assertThat(counts()).isEqualTo(before);
        assertThat(open(invoice)).isEqualByComparingTo("121.00");
    }

    @Test
    void anEntryAlreadyBookedFromAnotherStatementIsADuplicate() {
        Invoice invoice = issued();
        imports.importFile(CamtFiles.statement(ref("INTRADAY"))
                .credit(ref("P1"), "21.00", today, invoice.getCommunication().formatted()).bytes(), null, OFFICE);

        ImportResult endOfDay = imports.importFile(CamtFiles.statement(ref("EOD"))
                .credit(ref("P1"), "21.00", today, invoice.getCommunication().formatted())
                .credit(ref("P2"), "100.00", today, invoice.getCommunication().formatted()).bytes(), null, OFFICE);

        StatementImport summary = review.summary(endOfDay.importId(), OFFICE).statementImport();
        assertThat(summary.getDuplicates()).isEqualTo(1);
        assertThat(summary.getPaid()).isEqualTo(1);
        assertThat(open(invoice)).isEqualByComparingTo("0");
    }

    @Test
    void twoCreditsForOneInvoiceInOneFileNeverPayMoreThanItsTotal() {
        Invoice invoice = issued();

        ImportResult result = imports.importFile(CamtFiles.statement(ref("S3"))
                .credit(ref("A"), "121.00", today, invoice.getCommunication().formatted())
                .credit(ref("B"), "121.00", today, invoice.getCommunication().formatted()).bytes(), null, OFFICE);

        assertThat(open(invoice)).isEqualByComparingTo("0");
        assertThat(linesOf(result.importId()).get(ref("B")).getReviewReason())
                .isEqualTo(ReviewReason.INVOICE_NOT_OPEN);
    }

    @Test
    void aRefusedFileRecordsNothing() {
        Map<String, Object> before = counts();
        byte[] other = CamtFiles.statementOf("BE71096123456769", ref("X"))
                .credit(ref("X1"), "1.00", today, "090933755493").bytes();

        assertThatThrownBy(() -> imports.importFile(other, "x.xml", OFFICE))
                .isInstanceOfSatisfying(StatementRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OTHER_ACCOUNT));
        assertThatThrownBy(() -> imports.importFile(CamtFiles.statement(ref("Y")).bytes(), "y.xml", COACH))
                .isInstanceOf(NotPermittedException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void officeMatchesALineByHandOrMarksItNotOurs() {
        Invoice invoice = issued();
        ImportResult result = imports.importFile(CamtFiles.statement(ref("S4"))
                .creditWithText(ref("TYPED"), "121.00", today, "factuur " + invoice.getNumber())
                .creditWithText(ref("STRAY"), "7.00", today, "terugbetaling")
                .credit(ref("OVER"), "200.00", today, invoice.getCommunication().formatted()).bytes(), null, OFFICE);
        Map<String, StatementLine> lines = linesOf(result.importId());

        assertThatThrownBy(() -> review.match(lines.get(ref("TYPED")).getId(), "onbestaand", null, OFFICE))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReviewRefusedException.Reason.UNKNOWN_INVOICE));
        assertThatThrownBy(() -> review.match(lines.get(ref("OVER")).getId(), invoice.getNumber(), null, OFFICE))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReviewRefusedException.Reason.MORE_THAN_OPEN));
        review.match(lines.get(ref("TYPED")).getId(), invoice.getNumber(), null, OFFICE);
        review.notOurs(lines.get(ref("STRAY")).getId(), OFFICE);

        assertThat(open(invoice)).isEqualByComparingTo("0");
        assertThat(review.toReview(OFFICE)).extracting(v -> v.line().getReference())
                .contains(ref("OVER")).doesNotContain(ref("TYPED"), ref("STRAY"));
        assertThatThrownBy(() -> review.notOurs(lines.get(ref("TYPED")).getId(), OFFICE))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReviewRefusedException.Reason.RESOLVED));
        assertThatThrownBy(() -> review.toReview(COACH)).isInstanceOf(NotPermittedException.class);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("select (select count(*) from bank_statement_import) imports,"
                + " (select count(*) from bank_statement) statements,"
                + " (select count(*) from bank_statement_entry) entries,"
                + " (select count(*) from invoice_payment) payments");
    }
}
