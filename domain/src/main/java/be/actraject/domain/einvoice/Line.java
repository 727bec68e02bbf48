package be.actraject.domain.einvoice;

import be.actraject.domain.number.NumberKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of an invoice: what, how many of which unit, at which unit price, less a discount, at which VAT rate.
 * Amounts follow EN 16931: the gross amount (quantity × unit price) and the discount are rounded to the cent, and the
 * line's net amount is their difference.
 *
 * @param unitCode        UN/ECE recommendation 20: HUR (hour), C62 (piece), DAY, KMT, …
 * @param discountPercent 0 when none
 */
public record Line(String description, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
                   BigDecimal discountPercent, TaxRate rate) {

    static final int CENTS = NumberKind.MONEY.decimals();

    public Line {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rate, "rate");
        if (quantity == null || quantity.signum() <= 0) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.QUANTITY, description);
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.UNIT_PRICE, description);
        }
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.DISCOUNT, description);
        }
        unitCode = unitCode == null || unitCode.isBlank() ? "C62" : unitCode;
        if (quantity.multiply(unitPrice).compareTo(NumberKind.MONEY.maximum()) > 0) {
            // 100 000 × 100 000 is 10^10: more than numeric(12, 2) holds, refused before any column is written.
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.LINE_AMOUNT, description);
        }
    }

    /** Quantity × unit price, to the cent. */
    public BigDecimal grossAmount() {
        return quantity.multiply(unitPrice).setScale(CENTS, RoundingMode.HALF_UP);
    }

    /** The discount on the gross amount, to the cent. */
    public BigDecimal discountAmount() {
        return grossAmount().multiply(discountPercent).movePointLeft(2).setScale(CENTS, RoundingMode.HALF_UP);
    }

    /** The line's net amount, excluding VAT (BT-131). */
    public BigDecimal netAmount() {
        return grossAmount().subtract(discountAmount());
    }

    public boolean hasDiscount() {
        return discountAmount().signum() > 0;
    }
}
