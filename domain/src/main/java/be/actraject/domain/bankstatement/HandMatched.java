package be.actraject.domain.bankstatement;

import be.actraject.domain.invoice.PaymentState;

import java.math.BigDecimal;

/**
 * A line matched by hand to an invoice.
 *
 * @param state     the invoice's payments after it
 * @param booked    what was booked on the invoice
 * @param remaining what of the line is still to match (zero when the whole line is matched)
 */
public record HandMatched(PaymentState state, BigDecimal booked, BigDecimal remaining) {
}
