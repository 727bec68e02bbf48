package be.actraject.domain.einvoice;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT rate as data: its category, its percentage, and for a rate of zero the reason the invoice must state.
 *
 * @param code            how the rate is known (for instance "21", "0-art44")
 * @param exemptionReason required, and only allowed, when the percentage is zero: the mention of KB nr. 1 art. 5 § 1
 *                        and EN 16931 BT-120, in full
 * @param exemptionCode   the VATEX code of that reason (EN 16931 BT-121, CEF VATEX list), or null
 * @param vatCase         which Belgian VAT case the rate is for; by default the one its category stands for
 */
public record TaxRate(String code, VatCategory category, BigDecimal percent, String exemptionReason,
                      String exemptionCode, VatCase vatCase) {

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
        exemptionCode = exemptionCode == null || exemptionCode.isBlank() || standard ? null : exemptionCode;
        vatCase = vatCase == null ? VatCase.of(category) : vatCase;
        if (standard != (vatCase == VatCase.STANDARD)) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.RATE, code);
        }
    }

    /** A rate without a VATEX code, of the case its category stands for. */
    public TaxRate(String code, VatCategory category, BigDecimal percent, String exemptionReason) {
        this(code, category, percent, exemptionReason, null, null);
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
