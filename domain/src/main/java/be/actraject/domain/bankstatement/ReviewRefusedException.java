package be.actraject.domain.bankstatement;

import be.actraject.domain.RefusedException;

/** A line of the review list that cannot be resolved as asked; nothing was booked. */
public class ReviewRefusedException extends RefusedException {

    public enum Reason {
        /** Matched or marked meanwhile (by a colleague, or in another tab). */
        RESOLVED,
        /** Money paid out pays no invoice. */
        DEBIT,
        /** The bank reverses an earlier entry: no money received. */
        REVERSAL,
        /** Not in euro (argument: the currency): booking it as euro would be wrong by the exchange rate. */
        OTHER_CURRENCY,
        /** No invoice has that number or structured communication. */
        UNKNOWN_INVOICE,
        /** The number of a credit note (argument), which receives no payment. */
        CREDIT_NOTE,
        /** The invoice is not issued yet. */
        NOT_ISSUED,
        /** Nothing is open on the invoice (argument: its number): paid, or credited in full. */
        ALREADY_PAID,
        /** Not a positive amount in cents. */
        AMOUNT,
        /** More than is left of the line (argument: what is left). */
        MORE_THAN_LINE,
        /** More than is open on the invoice (arguments: its number, what is open). */
        MORE_THAN_OPEN,
        /** The line has no booking date, or one after today. */
        DATE
    }

    private final Reason reason;

    public ReviewRefusedException(Reason reason, Object... messageArguments) {
        super("bankStatement.review.refused." + reason, "Review refused: " + reason, messageArguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
