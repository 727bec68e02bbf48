package be.actraject.domain.invoice;

import java.math.BigDecimal;

/** The Belgian VAT rates; the invoicing issue turns them into data with exemption reasons. */
public enum VatRate {
    ZERO("0"),
    SIX("6"),
    TWELVE("12"),
    TWENTY_ONE("21");

    private final BigDecimal percent;

    VatRate(String percent) {
        this.percent = new BigDecimal(percent);
    }

    public BigDecimal percent() {
        return percent;
    }

    static VatRate of(BigDecimal percent) {
        for (VatRate r : values()) {
            if (r.percent.compareTo(percent) == 0) {
                return r;
            }
        }
        throw new IllegalArgumentException("No VAT rate of " + percent + "%");
    }
}
