package be.actraject.domain.earnings;

import be.actraject.domain.RefusedException;

/** A cost that cannot be recorded. */
public class InvalidCostException extends RefusedException {

    public enum Reason {
        /** Zero, negative, or more than two decimals. */
        AMOUNT,
        /** In the future, or in a month whose statement is already drawn up. */
        DATE,
        /** No description. */
        DESCRIPTION
    }

    private final Reason reason;

    public InvalidCostException(Reason reason) {
        super("cost.refused." + reason, "Cost refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
