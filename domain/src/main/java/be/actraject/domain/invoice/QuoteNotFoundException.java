package be.actraject.domain.invoice;

import be.actraject.domain.NotFoundException;

/** No quote by that id. */
public class QuoteNotFoundException extends NotFoundException {

    public QuoteNotFoundException(long id) {
        super("No quote " + id);
    }
}
