package be.actraject.domain.bankstatement;

import be.actraject.domain.RefusedException;

/** A statement file that is not imported: nothing of it was booked or recorded. */
public class StatementRefusedException extends RefusedException {

    public enum Reason {
        /** No file, or an empty one. */
        EMPTY,
        /** Larger than {@link CamtScan#MAX_BYTES}. */
        TOO_LARGE,
        /** Not well-formed XML. */
        NOT_XML,
        /** A DOCTYPE: what an XML external entity (XXE) attack needs; no bank statement has one. */
        DOCTYPE,
        /** XML, but not a CAMT.053 statement of a version read here. */
        NOT_CAMT,
        /** A statement of an account that is not the cooperative's. */
        OTHER_ACCOUNT,
        /** A statement that names its account otherwise than by IBAN: whose it is cannot be told. */
        NO_IBAN,
        // A faulty entry ({@link CamtEntryCheck}): arguments the statement, the entry ("3 (ref)") and the value.
        /** An entry without an amount. */
        ENTRY_AMOUNT_MISSING,
        /** An amount that is no number as the standard writes it (12,50; 1.234,56). */
        ENTRY_AMOUNT_INVALID,
        /** Zero or negative: the standard says credit or debit with CdtDbtInd, never with a sign. */
        ENTRY_AMOUNT_NOT_POSITIVE,
        /** More than two decimals. */
        ENTRY_AMOUNT_CENTS,
        /** Beyond {@link RawEntry#LARGEST}. */
        ENTRY_AMOUNT_TOO_LARGE,
        /** No currency (Ccy) with the amount, or none of three capitals. */
        ENTRY_CURRENCY,
        /** Neither CRDT nor DBIT. */
        ENTRY_INDICATOR,
        /** No status, or one of no version read here: the entry would be read past silently. */
        ENTRY_STATUS,
        /** A date that is no day of the calendar (2026-13-45). */
        ENTRY_DATE_INVALID,
        /** A booked entry with neither booking nor value date. */
        ENTRY_DATE_MISSING,
        /** A statement id imported before, in a file with a line that statement did not hold: argument the id. */
        SAME_ID_OTHER_LINES
    }

    private final Reason reason;

    public StatementRefusedException(Reason reason, Object... messageArguments) {
        super("bankStatement.refused." + reason, "Bank statement refused: " + reason, messageArguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
