package be.actraject.domain.invoice;

/** A quote whose date of validity has already passed. */
public class QuoteExpiredException extends RuntimeException {

    public QuoteExpiredException() {
        super("The quote's date of validity is in the past");
    }
}
