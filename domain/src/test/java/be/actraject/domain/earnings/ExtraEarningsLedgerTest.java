package be.actraject.domain.earnings;

import be.actraject.domain.fixtures.MovableClock;
import be.actraject.domain.customer.Customers;
import be.actraject.testsupport.TestCustomers;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The extra-earnings ledger over three months, on a clock the test moves: paid revenue (excluding VAT) less costs
 * and the cooperative's 10 % contribution, the payout the lesser of that and hours × €2, the rest carried forward.
 */
@SpringBootTest(classes = {be.actraject.domain.DomainTestApplication.class, ExtraEarningsLedgerTest.Time.class})
@Transactional
class ExtraEarningsLedgerTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final BigDecimal CAP = new BigDecimal("2.00");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Invoices invoices;
    @Autowired
    Customers customers;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Payments payments;
    @Autowired
    ActivityCosts costs;
    @Autowired
    ExtraEarningsStatements statements;

    private long trajectory;

    @BeforeEach
    void anInvoicingCandidate() {
        clock.set(LocalDate.of(2026, 3, 2));
        Trajectory t = registration.register(
                candidate("Ilse", "Peeters", "L" + System.nanoTime() % 1_000_000_000L, clock),
                "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INVOICING);
        trajectory = t.getId();
    }

    private Invoice issued(String amountExclVat) {
        Invoice invoice = invoices.submit(trajectory, TestCustomers.draft(customers, trajectory, "Fietsclub",
                "Onderhoud", amountExclVat, VatRate.TWENTY_ONE, COACH), COACH);
        issuing.issue(invoice.getId());
        return invoice;
    }

    @Test
    void tooFewHoursThenACarriedBalanceThenADeficit() {
        Invoice march = issued("1000.00"); // 1 210.00 to pay
        clock.set(LocalDate.of(2026, 3, 20));
        payments.register(march.getId(), LocalDate.of(2026, 3, 15), new BigDecimal("1210.00"), null, OFFICE);
        costs.record(trajectory, LocalDate.of(2026, 3, 18), "Onderdelen", new BigDecimal("100.00"), COACH);

        clock.set(LocalDate.of(2026, 4, 2));
        // Too few hours: margin 900, contribution 90, available 810, but 100 h × €2 = 200.
        ExtraEarningsStatement first = statements.draw(trajectory, YearMonth.of(2026, 3), new BigDecimal("100"), CAP,
                OFFICE);
        assertThat(first.getPaidRevenue()).isEqualByComparingTo("1000.00");
        assertThat(first.getCosts()).isEqualByComparingTo("100.00");
        assertThat(first.getContribution()).isEqualByComparingTo("90.00");
        assertThat(first.getAmount()).isEqualByComparingTo("200.00");
        assertThat(first.getCarriedOut()).isEqualByComparingTo("610.00");
        assertThat(first.computation().cappedByHours()).isTrue();

        clock.set(LocalDate.of(2026, 5, 3));
        // Too little margin: nothing earned in April, 400 h would allow 800, the 610 carried in is all there is.
        ExtraEarningsStatement second = statements.draw(trajectory, YearMonth.of(2026, 4), new BigDecimal("400"), CAP,
                OFFICE);
        assertThat(second.getCarriedIn()).isEqualByComparingTo("610.00");
        assertThat(second.getAmount()).isEqualByComparingTo("610.00");
        assertThat(second.getCarriedOut()).isEqualByComparingTo("0.00");
        assertThat(second.computation().cappedByHours()).isFalse();

        clock.set(LocalDate.of(2026, 5, 20));
        costs.record(trajectory, LocalDate.of(2026, 5, 10), "Gereedschap", new BigDecimal("50.00"), OFFICE);
        clock.set(LocalDate.of(2026, 6, 1));
        // A loss: no contribution on it, nothing paid, the deficit carried to June.
        ExtraEarningsStatement third = statements.draw(trajectory, YearMonth.of(2026, 5), new BigDecimal("10"), CAP,
                OFFICE);
        assertThat(third.getContribution()).isEqualByComparingTo("0.00");
        assertThat(third.getAmount()).isEqualByComparingTo("0.00");
        assertThat(third.getCarriedOut()).isEqualByComparingTo("-50.00");

        assertThat(statements.of(trajectory, COACH)).extracting(ExtraEarningsStatement::getStatementMonth)
                .containsExactly("2026-05", "2026-04", "2026-03");
    }

    @Test
    void aStatementIsRefusedTwiceOutOfOrderBeforeTheMonthEndsAndToCoaches() {
        clock.set(LocalDate.of(2026, 5, 3));
        statements.draw(trajectory, YearMonth.of(2026, 4), BigDecimal.TEN, CAP, OFFICE);

        assertThatThrownBy(() -> statements.draw(trajectory, YearMonth.of(2026, 4), BigDecimal.ONE, CAP, OFFICE))
                .isInstanceOf(StatementExistsException.class);
        assertThatThrownBy(() -> statements.draw(trajectory, YearMonth.of(2026, 3), BigDecimal.ONE, CAP, OFFICE))
                .isInstanceOfSatisfying(StatementOutOfOrderException.class,
                        e -> assertThat(e.latest()).isEqualTo("2026-04"));
        assertThatThrownBy(() -> statements.draw(trajectory, YearMonth.of(2026, 5), BigDecimal.ONE, CAP, OFFICE))
                .isInstanceOf(StatementMonthNotBegunException.class);
        // The running month can be looked at, not drawn up; a month to come not even that.
        assertThat(statements.preview(trajectory, YearMonth.of(2026, 5), BigDecimal.ONE, CAP, OFFICE).payout())
                .isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> statements.preview(trajectory, YearMonth.of(2026, 6), BigDecimal.ONE, CAP, OFFICE))
                .isInstanceOf(StatementMonthNotBegunException.class);
        assertThatThrownBy(() -> statements.draw(trajectory, YearMonth.of(2026, 4), BigDecimal.ONE, CAP, COACH))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> statements.draw(trajectory, YearMonth.of(2026, 4), new BigDecimal("-1"), CAP,
                OFFICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCostIsRefusedInAStatedMonthInTheFutureOrWithoutAnAmount() {
        clock.set(LocalDate.of(2026, 5, 3));
        statements.draw(trajectory, YearMonth.of(2026, 4), BigDecimal.TEN, CAP, OFFICE);

        assertThat(reasonOf(() -> costs.record(trajectory, LocalDate.of(2026, 4, 30), "Laat", BigDecimal.TEN,
                OFFICE))).isEqualTo(InvalidCostException.Reason.DATE);
        assertThat(reasonOf(() -> costs.record(trajectory, LocalDate.of(2026, 5, 4), "Morgen", BigDecimal.TEN,
                OFFICE))).isEqualTo(InvalidCostException.Reason.DATE);
        assertThat(reasonOf(() -> costs.record(trajectory, LocalDate.of(2026, 5, 2), "Niets", BigDecimal.ZERO,
                OFFICE))).isEqualTo(InvalidCostException.Reason.AMOUNT);
        assertThat(reasonOf(() -> costs.record(trajectory, LocalDate.of(2026, 5, 2), "Cent", new BigDecimal("1.001"),
                OFFICE))).isEqualTo(InvalidCostException.Reason.AMOUNT);
        assertThat(reasonOf(() -> costs.record(trajectory, LocalDate.of(2026, 5, 2), " ", BigDecimal.TEN,
                OFFICE))).isEqualTo(InvalidCostException.Reason.DESCRIPTION);
        costs.record(trajectory, LocalDate.of(2026, 5, 2), "Verf", new BigDecimal("12.50"), OFFICE);
        assertThat(costs.of(trajectory, YearMonth.of(2026, 5))).isEqualByComparingTo("12.50");
    }

    private static InvalidCostException.Reason reasonOf(Runnable record) {
        try {
            record.run();
        } catch (InvalidCostException e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }
}
