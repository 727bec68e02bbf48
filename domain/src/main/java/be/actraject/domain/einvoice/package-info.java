/**
 * What an invoice or credit note says, as the law and EN 16931 count it: lines with quantity, unit price, discount
 * and VAT rate; totals per rate rounded to the cent; the parties and the payment. {@link UblDocuments} writes it as a
 * Peppol BIS Billing 3.0 document (UBL 2.1). Pure values: the invoices' persistence builds on them.
 */
package be.actraject.domain.einvoice;
