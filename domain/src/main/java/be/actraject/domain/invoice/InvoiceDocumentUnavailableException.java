package be.actraject.domain.invoice;

import be.actraject.domain.NotFoundException;

/**
 * An invoice whose PDF or e-invoice cannot be made: not issued yet (no document at all), or — for the e-invoice only —
 * without a recorded customer or with one Peppol does not reach. Every issued invoice has its PDF. For the web the
 * document asked for does not exist (404), like an unknown id.
 */
public class InvoiceDocumentUnavailableException extends NotFoundException {

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
