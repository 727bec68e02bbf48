package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/** A quote asked to do what its status does not allow: converting or declining one that is no longer open. */
public class QuoteStateException extends RefusedException {

    private final QuoteStatus status;

    public QuoteStateException(long id, QuoteStatus status) {
        super("quote.notOpen", "Quote " + id + " is " + status);
        this.status = status;
    }

    public QuoteStatus status() {
        return status;
    }
}
