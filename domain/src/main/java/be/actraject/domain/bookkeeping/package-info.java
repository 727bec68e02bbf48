/**
 * What the cooperative hands its bookkeeper: the sales journal of a period (issued invoices and credit notes with
 * their VAT breakdown, the customers' identifiers, the payments received). Formats (spreadsheet, ZIP of UBL files) are
 * the web layer's.
 */
package be.actraject.domain.bookkeeping;
