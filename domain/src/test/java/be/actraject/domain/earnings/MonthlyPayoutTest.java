package be.actraject.domain.earnings;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly extra earnings: the lesser of cap × hours and the available margin, the rest carried forward. */
class MonthlyPayoutTest {

    static final BigDecimal CAP = new BigDecimal("2.00");
    static final BigDecimal CONTRIBUTION = new BigDecimal("10");

    private static MonthlyPayout month(String hours, String revenue, String costs, String carriedIn) {
        return MonthlyPayout.compute(YearMonth.of(2026, 10), new BigDecimal(hours), new BigDecimal(revenue),
                new BigDecimal(costs), new BigDecimal(carriedIn), CONTRIBUTION, CAP);
    }

    @Test
    void tooFewHoursTheCapLimitsThePayoutAndTheRestIsCarriedForward() {
        // Margin 900, contribution 90, available 810; 40 hours × 2 = 80.
        MonthlyPayout october = month("40", "1000.00", "100.00", "0");

        assertThat(october.payout()).isEqualByComparingTo("80.00");
        assertThat(october.carriedOut()).isEqualByComparingTo("730.00");
        assertThat(october.cappedByHours()).isTrue();
    }

    @Test
    void tooLittleMarginTheMarginLimitsThePayout() {
        // Margin 50, contribution 5, available 45; 120 hours × 2 = 240.
        MonthlyPayout october = month("120", "150.00", "100.00", "0");

        assertThat(october.payout()).isEqualByComparingTo("45.00");
        assertThat(october.carriedOut()).isEqualByComparingTo("0.00");
        assertThat(october.cappedByHours()).isFalse();
    }

    @Test
    void aCarriedForwardBalancePaysAMonthWithoutRevenue() {
        MonthlyPayout october = month("40", "1000.00", "100.00", "0");
        MonthlyPayout november = MonthlyPayout.compute(YearMonth.of(2026, 11), new BigDecimal("60"), BigDecimal.ZERO,
                BigDecimal.ZERO, october.carriedOut(), CONTRIBUTION, CAP);

        assertThat(november.contribution()).isEqualByComparingTo("0.00");
        assertThat(november.payout()).isEqualByComparingTo("120.00");
        assertThat(november.carriedOut()).isEqualByComparingTo("610.00");
    }

    @Test
    void aMonthOfCostsCarriesADeficitAndPaysNothing() {
        MonthlyPayout october = month("30", "0.00", "250.00", "100.00");

        assertThat(october.contribution()).isEqualByComparingTo("0.00");
        assertThat(october.payout()).isEqualByComparingTo("0.00");
        assertThat(october.carriedOut()).isEqualByComparingTo("-150.00");
    }

    @Test
    void negativeHoursOrRevenueAreRefused() {
        assertThatThrownBy(() -> month("-1", "10", "0", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> month("1", "-10", "0", "0")).isInstanceOf(IllegalArgumentException.class);
    }
}
