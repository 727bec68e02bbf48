package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/** A quote whose date of validity has already passed. */
public class QuoteExpiredException extends RefusedException {

    public QuoteExpiredException() {
        super("quote.validUntil.past", "The quote's date of validity is in the past");
    }
}
