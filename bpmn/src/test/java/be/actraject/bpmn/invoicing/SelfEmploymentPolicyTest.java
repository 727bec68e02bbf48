package be.actraject.bpmn.invoicing;

import be.actraject.bpmn.parameters.TrajectoryParameters;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Invoices;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The self-employment rule: the turnover over the last months at or above the cooperative's threshold. */
class SelfEmploymentPolicyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final Invoices invoices = mock(Invoices.class);
    private final TrajectoryParameters parameters = new TrajectoryParameters();

    private SelfEmploymentPolicy on(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
        return new SelfEmploymentPolicy(invoices, parameters, clock);
    }

    private static Invoice issued(String amount, LocalDate on) {
        return invoice(InvoiceStatus.ISSUED, false, amount, on);
    }

    private static Invoice invoice(InvoiceStatus status, boolean creditNote, String amount, LocalDate on) {
        Invoice invoice = mock(Invoice.class);
        when(invoice.getStatus()).thenReturn(status);
        when(invoice.isCreditNote()).thenReturn(creditNote);
        when(invoice.getAmountExclVat()).thenReturn(new BigDecimal(amount));
        when(invoice.getIssuedOn()).thenReturn(on);
        return invoice;
    }

    @Test
    void aTurnoverExactlyAtTheThresholdIsWithinReach() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("10000"));

        var reading = on(LocalDate.of(2026, 11, 30)).weigh(List.of(issued("10000.00", LocalDate.of(2026, 9, 15))));

        assertThat(reading.turnover()).isEqualByComparingTo("10000.00");
        assertThat(reading.withinReach()).isTrue();
    }

    @Test
    void aCentBelowTheThresholdIsNotWithinReach() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("10000"));

        var reading = on(LocalDate.of(2026, 11, 30)).weigh(List.of(issued("9999.99", LocalDate.of(2026, 9, 15))));

        assertThat(reading.withinReach()).isFalse();
    }

    @Test
    void aTurnoverAboveTheThresholdIsWithinReachAndTheReadingNamesThePeriodAndTheThreshold() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("1400"));
        parameters.setSelfEmploymentMonths(3);

        var reading = on(LocalDate.of(2026, 11, 30)).weigh(List.of(issued("900.00", LocalDate.of(2026, 10, 1)),
                issued("600.00", LocalDate.of(2026, 11, 30))));

        assertThat(reading.withinReach()).isTrue();
        assertThat(reading.turnover()).isEqualByComparingTo("1500.00");
        assertThat(reading.months()).isEqualTo(3);
        assertThat(reading.threshold()).isEqualByComparingTo("1400");
    }

    @Test
    void thePeriodStartsOnTheFirstOfTheMonthMonthsMinusOneBackAndCountsThisMonth() {
        parameters.setSelfEmploymentMonths(6);

        assertThat(on(LocalDate.of(2026, 11, 30)).periodStart()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(on(LocalDate.of(2026, 11, 1)).periodStart()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(on(LocalDate.of(2028, 2, 29)).periodStart()).isEqualTo(LocalDate.of(2027, 9, 1));
        parameters.setSelfEmploymentMonths(1);
        assertThat(on(LocalDate.of(2027, 1, 31)).periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void anInvoiceOnThePeriodsFirstDayCountsAndOneOnTheDayBeforeDoesNot() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("1000"));
        parameters.setSelfEmploymentMonths(6);
        SelfEmploymentPolicy policy = on(LocalDate.of(2026, 11, 30));

        var reading = policy.weigh(List.of(issued("1000.00", LocalDate.of(2026, 6, 1)),
                issued("5000.00", LocalDate.of(2026, 5, 31))));

        assertThat(reading.turnover()).isEqualByComparingTo("1000.00");
        assertThat(reading.withinReach()).isTrue();
    }

    @Test
    void creditNotesLowerTheTurnoverAndInvoicesNotYetIssuedDoNotCount() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("1000"));
        LocalDate day = LocalDate.of(2026, 10, 10);

        var reading = on(LocalDate.of(2026, 11, 30)).weigh(List.of(issued("1200.00", day),
                invoice(InvoiceStatus.ISSUED, true, "300.00", day),
                invoice(InvoiceStatus.SUBMITTED, false, "5000.00", day)));

        assertThat(reading.turnover()).isEqualByComparingTo("900.00");
        assertThat(reading.withinReach()).isFalse();
    }

    @Test
    void theBulkFormAsksForEveryTurnoverInOneCallAndKeepsThoseAtOrAboveTheThreshold() {
        parameters.setSelfEmploymentThreshold(new BigDecimal("1000"));
        parameters.setSelfEmploymentMonths(6);
        when(invoices.turnovers(any(), any())).thenReturn(Map.of(1L, new BigDecimal("999.99"),
                2L, new BigDecimal("1000.00"), 3L, new BigDecimal("2500.00")));

        Map<Long, BigDecimal> withinReach = on(LocalDate.of(2026, 11, 30)).withinReach(List.of(1L, 2L, 3L, 4L));

        assertThat(withinReach).containsOnlyKeys(2L, 3L);
        assertThat(withinReach.get(3L)).isEqualByComparingTo("2500.00");
        verify(invoices).turnovers(List.of(1L, 2L, 3L, 4L), LocalDate.of(2026, 6, 1));
    }
}
