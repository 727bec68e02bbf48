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
        OTHER_ACCOUNT
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
