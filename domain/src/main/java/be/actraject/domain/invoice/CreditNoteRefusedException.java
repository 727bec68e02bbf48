package be.actraject.domain.invoice;

import java.math.BigDecimal;

/** A credit note that may not be drafted: for an invoice not (yet) issued, or crediting more than is left. */
public class CreditNoteRefusedException extends RuntimeException {

    public enum Reason {
        /** The invoice is not issued, or is itself a credit note. */
        NOT_ISSUED,
        /** More than the invoice's total less what its other credit notes credit. */
        TOO_MUCH
    }

    private final Reason reason;
    private final BigDecimal creditable;

    public CreditNoteRefusedException(Reason reason, BigDecimal creditable) {
        super("Credit note refused: " + reason + " (at most " + creditable + ")");
        this.reason = reason;
        this.creditable = creditable;
    }

    public Reason reason() {
        return reason;
    }

    /** What may still be credited. */
    public BigDecimal creditable() {
        return creditable;
    }
}
