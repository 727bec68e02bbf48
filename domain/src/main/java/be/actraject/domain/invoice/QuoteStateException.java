package be.actraject.domain.invoice;

/** A quote asked to do what its status does not allow: converting or declining one that is no longer open. */
public class QuoteStateException extends RuntimeException {

    private final QuoteStatus status;

    public QuoteStateException(long id, QuoteStatus status) {
        super("Quote " + id + " is " + status);
        this.status = status;
    }

    public QuoteStatus status() {
        return status;
    }
}
