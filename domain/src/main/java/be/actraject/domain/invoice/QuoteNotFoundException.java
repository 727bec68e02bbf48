package be.actraject.domain.invoice;

/** No quote by that id. */
public class QuoteNotFoundException extends RuntimeException {

    public QuoteNotFoundException(long id) {
        super("No quote " + id);
    }
}
