package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;
import java.math.BigDecimal;

/**
 * A credit note that may not be drafted: for an invoice not (yet) issued, crediting more than is left, or crediting a
 * line at a rate the invoice did not charge or for more than is left at that rate.
 */
public class CreditNoteRefusedException extends RefusedException {

    public enum Reason {
        /** The invoice is not issued, or is itself a credit note. */
        NOT_ISSUED,
        /** Its credit notes, issued or pending, already credit the invoice's whole total. */
        NOTHING_LEFT,
        /** More than the invoice's total less what its other credit notes credit. */
        TOO_MUCH,
        /** A line at a rate none of the invoice's lines has: a credit note undoes what it charged (W.btw art. 79). */
        RATE_NOT_ON_INVOICE,
        /** More, at one rate, than the invoice's net at that rate less what other credit notes credit at it. */
        TOO_MUCH_AT_RATE
    }

    private final Reason reason;
    private final BigDecimal creditable;
    private final int line;

    public CreditNoteRefusedException(Reason reason, BigDecimal creditable) {
        this(reason, creditable, -1);
    }

    /**
     * @param line the index, among the drafted lines, of the line refused; -1 when the refusal is of the whole note
     */
    public CreditNoteRefusedException(Reason reason, BigDecimal creditable, int line) {
        super("creditNote.refused." + reason, "Credit note refused: " + reason + " (at most " + creditable + ")"
                + (line < 0 ? "" : " at line " + line), creditable);
        this.reason = reason;
        this.creditable = creditable;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** What may still be credited: in all, or at the refused line's rate. */
    public BigDecimal creditable() {
        return creditable;
    }

    /** The index, among the drafted lines, of the line refused; -1 when it is the whole credit note. */
    public int line() {
        return line;
    }
}
