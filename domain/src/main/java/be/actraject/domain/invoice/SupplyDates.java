package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.invoice.VatCaseRefusedException.Reason;

import java.time.LocalDate;

/**
 * Whether the dates an invoice gives its supply (EN 16931 BT-72, BT-73, BT-74) are plausible for an invoice issued
 * around {@code invoiceDate}: a typing error such as 9999-12-31 or 0001-01-01 is refused before approval. The window
 * is ours, not the law's: VAT is due when the supply is made (W.btw art. 17) and the invoice follows within weeks
 * (KB nr. 1 art. 4: by the 15th of the next month), so a year back covers late invoices and three months ahead covers
 * an advance invoice. A credit note repeats its invoice's dates and is not checked.
 */
public final class SupplyDates {

    /** How far before the invoice date a supply may lie. */
    public static final int MONTHS_BEFORE = 12;
    /** How far after the invoice date a supply may lie. */
    public static final int MONTHS_AFTER = 3;

    private SupplyDates() {
    }

    /**
     * @param supply      the supply as the draft says it; null dates are not checked
     * @param invoiceDate the day the invoice is drafted (it is issued on approval, days later)
     * @throws VatCaseRefusedException with {@link Reason#SUPPLY_DATE_OUT_OF_RANGE} for a date outside the window
     */
    public static void requirePlausible(Supply supply, LocalDate invoiceDate) {
        if (supply == null) {
            return;
        }
        LocalDate earliest = invoiceDate.minusMonths(MONTHS_BEFORE);
        LocalDate latest = invoiceDate.plusMonths(MONTHS_AFTER);
        for (LocalDate date : new LocalDate[]{supply.deliveryDate(), supply.periodStart(), supply.periodEnd()}) {
            if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
                throw new VatCaseRefusedException(Reason.SUPPLY_DATE_OUT_OF_RANGE);
            }
        }
    }
}
