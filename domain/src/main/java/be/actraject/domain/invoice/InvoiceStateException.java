package be.actraject.domain.invoice;

/** An invoice was asked to do what its status does not allow, such as changing once issued. */
public class InvoiceStateException extends RuntimeException {

    public InvoiceStateException(Long id, InvoiceStatus actual, InvoiceStatus expected) {
        super("Invoice " + id + " is " + actual + ", not " + expected);
    }
}
