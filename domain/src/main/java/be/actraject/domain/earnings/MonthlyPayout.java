package be.actraject.domain.earnings;

import be.actraject.domain.number.NumberKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The extra earnings of one month, as the ledger computes them: the month's margin (paid revenue excluding VAT
 * minus costs), less the cooperative's contribution on a positive margin, added to what earlier months carried
 * forward, is what is available; the candidate is paid the lesser of that and the cap (hours × cap per hour, the rule
 * that keeps the benefit), never less than zero; the rest — or a deficit — is carried to the next month.
 *
 * @param carriedIn    the balance carried from the month before (negative: a deficit still to make up)
 * @param contribution the cooperative's share of this month's margin
 * @param available    carried in + margin − contribution
 * @param cap          hours × cap per hour
 * @param payout       what the statement pays
 * @param carriedOut   available − payout, for the next month
 */
public record MonthlyPayout(YearMonth month, BigDecimal hours, BigDecimal paidRevenue, BigDecimal costs,
                            BigDecimal carriedIn, BigDecimal margin, BigDecimal contribution, BigDecimal available,
                            BigDecimal cap, BigDecimal payout, BigDecimal carriedOut) {

    private static final int CENTS = NumberKind.MONEY.decimals();

    /**
     * @param contributionPercent the cooperative's share of a positive margin, in percent
     * @param capPerHour          the most the candidate may earn per hour worked
     */
    public static MonthlyPayout compute(YearMonth month, BigDecimal hours, BigDecimal paidRevenue, BigDecimal costs,
                                        BigDecimal carriedIn, BigDecimal contributionPercent,
                                        BigDecimal capPerHour) {
        Objects.requireNonNull(month, "month");
        if (hours.signum() < 0 || paidRevenue.signum() < 0 || costs.signum() < 0 || capPerHour.signum() < 0
                || contributionPercent.signum() < 0 || contributionPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Hours, revenue, costs, cap and contribution are not negative");
        }
        BigDecimal margin = paidRevenue.subtract(costs).setScale(CENTS, RoundingMode.HALF_UP);
        BigDecimal contribution = margin.signum() > 0
                ? margin.multiply(contributionPercent).movePointLeft(2).setScale(CENTS, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(CENTS);
        BigDecimal available = carriedIn.setScale(CENTS, RoundingMode.HALF_UP).add(margin).subtract(contribution);
        BigDecimal cap = ExtraEarningsStatements.maximumFor(hours, capPerHour);
        BigDecimal payout = available.min(cap).max(BigDecimal.ZERO.setScale(CENTS));
        return new MonthlyPayout(month, hours, paidRevenue, costs, carriedIn.setScale(CENTS, RoundingMode.HALF_UP),
                margin, contribution, available, cap, payout, available.subtract(payout));
    }

    /** Whether the cap, not the margin, limited the payout: the candidate earned more than they may be paid. */
    public boolean cappedByHours() {
        return available.compareTo(cap) > 0;
    }
}
