package be.actraject.domain.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A kind of number: how many decimals it may have and its bounds. One definition, used by the forms (what may be
 * typed), the domain (what is stored), the PDFs (how it prints) and the UBL (what is sent).
 * <ul>
 *   <li>{@link #MONEY}: euro to the cent (EN 16931 amounts, BT-106 ff., carry two decimals;
 *       columns {@code numeric(12, 2)});</li>
 *   <li>{@link #QUANTITY}: up to three decimals ({@code invoice_line.quantity numeric(12, 3)});</li>
 *   <li>{@link #HOURS}: hours worked in one month, up to two decimals, at most 31 × 24 = 744;</li>
 *   <li>{@link #PERCENT}: a discount or rate, 0 to 100, up to two decimals ({@code numeric(5, 2)}).</li>
 * </ul>
 * None of them is negative: a credit note credits positive amounts, a refund is a credit note.
 */
public enum NumberKind {

    MONEY(2, new BigDecimal("9999999999.99")),
    QUANTITY(3, new BigDecimal("999999999.999")),
    HOURS(2, new BigDecimal("744")),
    PERCENT(2, new BigDecimal("100"));

    /** Why a value is not one of this kind. */
    public enum Problem { NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE }

    private final int decimals;
    private final BigDecimal maximum;

    NumberKind(int decimals, BigDecimal maximum) {
        this.decimals = decimals;
        this.maximum = maximum;
    }

    /** The most decimals a value may have: 2 for money, 3 for quantities. */
    public int decimals() {
        return decimals;
    }

    /** The largest value, inclusive. */
    public BigDecimal maximum() {
        return maximum;
    }

    /**
     * What is wrong with a value of this kind, if anything; {@code null} is left to the caller (required or not).
     * Trailing zeros do not count as decimals: {@code 12.500} is a valid amount.
     */
    public Optional<Problem> problemWith(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0) {
            return Optional.of(Problem.NEGATIVE);
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return Optional.of(Problem.TOO_MANY_DECIMALS);
        }
        if (value.compareTo(maximum) > 0) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return Optional.empty();
    }

    public boolean accepts(BigDecimal value) {
        return value != null && problemWith(value).isEmpty();
    }

    /**
     * The value as stored: at this kind's scale, exactly.
     *
     * @throws ArithmeticException for a value with more decimals than the kind has
     */
    public BigDecimal stored(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** A computed value (a product, a share) rounded half up to this kind's decimals. */
    public BigDecimal rounded(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
