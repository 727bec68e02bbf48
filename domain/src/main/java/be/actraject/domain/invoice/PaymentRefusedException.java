package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/** A payment that cannot be registered as given; nothing is recorded. */
public class PaymentRefusedException extends RefusedException {

    public enum Reason {
        /** The invoice is not issued (yet). */
        NOT_ISSUED,
        /** Zero or less. */
        AMOUNT,
        /** More than is still open on the invoice. */
        OVERPAID,
        /** After today, or before the invoice was issued. */
        DATE
    }

    private final Reason reason;

    public PaymentRefusedException(Reason reason) {
        super("payment.refused." + reason, "Payment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
