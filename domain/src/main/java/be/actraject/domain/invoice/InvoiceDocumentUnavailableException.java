package be.actraject.domain.invoice;

/** An invoice whose PDF or e-invoice cannot be made: not issued yet, or without a recorded customer. */
public class InvoiceDocumentUnavailableException extends RuntimeException {

    public enum Reason { NOT_ISSUED, NO_CUSTOMER, NOT_ON_PEPPOL }

    private final Reason reason;

    public InvoiceDocumentUnavailableException(long invoiceId, Reason reason) {
        super("No document for invoice " + invoiceId + ": " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
