package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/** Invoices are drawn up only in the invoicing phase, under the cooperative's enterprise number. */
public class NotInvoicingException extends RefusedException {

    public NotInvoicingException(long trajectoryId) {
        super("invoice.notInvoicing", "Trajectory " + trajectoryId + " is not in the invoicing phase");
    }
}
