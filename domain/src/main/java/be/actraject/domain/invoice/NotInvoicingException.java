package be.actraject.domain.invoice;

/** Invoices are drawn up only in the invoicing phase, under the cooperative's enterprise number. */
public class NotInvoicingException extends RuntimeException {

    public NotInvoicingException(long trajectoryId) {
        super("Trajectory " + trajectoryId + " is not in the invoicing phase");
    }
}
