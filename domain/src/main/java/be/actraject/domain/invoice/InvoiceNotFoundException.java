package be.actraject.domain.invoice;

public class InvoiceNotFoundException extends RuntimeException {

    public InvoiceNotFoundException(long id) {
        super("No invoice " + id);
    }
}
