package be.actraject.domain.bankstatement;

import be.actraject.domain.RefusedException;

/** A line of the review list that cannot be resolved as asked; nothing was booked. */
public class ReviewRefusedException extends RefusedException {

    public enum Reason {
        /** Matched or marked meanwhile (by a colleague, or in another tab). */
        RESOLVED,
        /** Money paid out pays no invoice. */
        DEBIT,
        /** No invoice has that number or structured communication. */
        UNKNOWN_INVOICE,
        /** More than the line's amount, or not a positive amount in cents. */
        AMOUNT
    }

    private final Reason reason;

    public ReviewRefusedException(Reason reason) {
        super("bankStatement.review.refused." + reason, "Review refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
