package be.actraject.domain.invoice;

import java.time.LocalDate;

/**
 * Where an invoice or credit note stands, as the invoice book and the invoice page say it. The rule, for an invoice
 * (a credit note is awaiting approval, sent back or issued, nothing more: it is never paid, it lowers what is open
 * on the invoice it credits):
 * <ul>
 *   <li>{@link #AWAITING_APPROVAL}: submitted, not yet approved; {@link #SENT_BACK}: sent back to be corrected;</li>
 *   <li>{@link #CREDITED}: issued, and its issued credit notes credit its whole total;</li>
 *   <li>{@link #PAID}: issued, not wholly credited, nothing open (payments and credit notes cover the total);</li>
 *   <li>{@link #OVERDUE}: issued, something open, and the due date has passed (paid in part or not at all);</li>
 *   <li>{@link #PARTLY_PAID}: issued, something open, not yet due, and something paid;</li>
 *   <li>{@link #ISSUED}: issued, not yet due, nothing paid (a credit note that credits part of it lowers what is
 *   open, the status stays).</li>
 * </ul>
 * {@link be.actraject.domain.invoicebook.BookStatusClause} says the same in JPQL, for the filter; a test holds the two
 * together.
 */
public enum BookStatus {
    AWAITING_APPROVAL,
    SENT_BACK,
    ISSUED,
    PARTLY_PAID,
    OVERDUE,
    PAID,
    CREDITED;

    /** The status of the invoice of this payment state on {@code today}. */
    public static BookStatus of(PaymentState state, LocalDate today) {
        Invoice invoice = state.invoice();
        return switch (invoice.getStatus()) {
            case SUBMITTED -> AWAITING_APPROVAL;
            case SENT_BACK -> SENT_BACK;
            case ISSUED -> invoice.isCreditNote() ? ISSUED : ofIssuedInvoice(state, today);
        };
    }

    private static BookStatus ofIssuedInvoice(PaymentState state, LocalDate today) {
        if (state.credited().compareTo(state.invoice().total()) >= 0) {
            return CREDITED;
        }
        if (state.open().signum() <= 0) {
            return PAID;
        }
        if (state.isOverdue(today)) {
            return OVERDUE;
        }
        return state.paid().signum() > 0 ? PARTLY_PAID : ISSUED;
    }
}
