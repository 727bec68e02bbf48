package be.actraject.domain.invoice;

import be.actraject.domain.NotFoundException;

public class InvoiceNotFoundException extends NotFoundException {

    public InvoiceNotFoundException(long id) {
        super("No invoice " + id);
    }
}
