package be.actraject.domain.invoice;

/**
 * Issues an approved invoice: gives it the next number and makes it final. The invoice-approval model calls it
 * once every approval it needs has been given.
 */
public interface InvoiceIssuing {

    /** @return the number the invoice received */
    String issue(long invoiceId);
}
