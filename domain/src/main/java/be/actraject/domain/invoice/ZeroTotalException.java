package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;
import be.actraject.domain.einvoice.Totals;

import java.util.List;

/**
 * An invoice or credit note whose total excluding VAT is zero: it would take a number of the unbroken series (KB nr. 1
 * art. 5 § 1, 1°) and ask for 0,00 EUR, for nothing supplied or credited. One line at zero beside others is fine: only
 * the whole is refused, when it is submitted and when it is corrected.
 */
public class ZeroTotalException extends RefusedException {

    public ZeroTotalException() {
        super("invoice.total.zero", "An invoice or credit note totalling zero excluding VAT");
    }

    /** @throws ZeroTotalException when the lines sum to zero excluding VAT, by the rounding of EN 16931 */
    static void requireNotZero(List<InvoiceLine> lines) {
        if (Totals.of(lines.stream().map(InvoiceLine::toLine).toList()).lineTotal().signum() == 0) {
            throw new ZeroTotalException();
        }
    }
}
