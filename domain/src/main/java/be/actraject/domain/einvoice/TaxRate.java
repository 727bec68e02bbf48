package be.actraject.domain.einvoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT rate as data: its category, its percentage, and for a rate of zero the reason the invoice must state.
 *
 * @param code            how the rate is known (for instance "21", "0-art44")
 * @param exemptionReason required, and only allowed, when the percentage is zero
 */
public record TaxRate(String code, VatCategory category, BigDecimal percent, String exemptionReason) {

    public TaxRate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(percent, "percent");
        percent = percent.stripTrailingZeros();
        boolean standard = category == VatCategory.STANDARD;
        if (standard != (percent.signum() > 0) || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.RATE, code);
        }
        boolean hasReason = exemptionReason != null && !exemptionReason.isBlank();
        if (standard == hasReason) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.EXEMPTION_REASON, code);
        }
    }

    public static TaxRate standard(String percent) {
        return new TaxRate(percent, VatCategory.STANDARD, new BigDecimal(percent), null);
    }

    public static TaxRate zero(String code, VatCategory category, String reason) {
        return new TaxRate(code, category, BigDecimal.ZERO, reason);
    }

    /** Two lines at the same category and percentage are summed in one subtotal of the VAT breakdown. */
    public String breakdownKey() {
        return category.code() + ":" + percent.toPlainString();
    }
}
