/**
 * Invoices, credit notes, quotes and payments, issued under the cooperative's enterprise number for a candidate's
 * customers (customers themselves are in {@code domain.customer}; the UBL and Peppol documents in
 * {@code domain.einvoice}).
 * <ul>
 *   <li>{@link be.actraject.domain.invoice.Invoices}, {@link be.actraject.domain.invoice.Quotes} and
 *       {@link be.actraject.domain.invoice.Payments}: the services; a draft ({@code InvoiceDraft},
 *       {@code CreditNoteDraft}, {@code QuoteDraft}) is what the coach or the office typed, checked when submitted;</li>
 *   <li>lines with a {@link be.actraject.domain.invoice.VatRate} each, whose {@code VatCase} the customer and the
 *       supply must fit ({@link be.actraject.domain.invoice.VatCaseCheck}; KB nr. 1 art. 5, W.btw art. 21, 39,
 *       39bis, 44, 51);</li>
 *   <li>numbering without gaps per year at issue ({@link be.actraject.domain.invoice.InvoiceIssuing},
 *       KB nr. 1 art. 5 § 1, 1°); the seller's details frozen at issue ({@code IssuedSeller});</li>
 *   <li>refusals as {@link be.actraject.domain.RefusedException} subtypes, each naming its rule.</li>
 * </ul>
 */
package be.actraject.domain.invoice;
