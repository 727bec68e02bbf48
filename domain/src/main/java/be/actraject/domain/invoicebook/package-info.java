/**
 * The invoice book: every invoice and credit note the actor may see, with where each stands
 * ({@link be.actraject.domain.invoice.BookStatus}), filtered, searched, totalled per VAT rate and paged in the
 * database at a fixed number of statements per page, whatever the number of invoices.
 */
package be.actraject.domain.invoicebook;
