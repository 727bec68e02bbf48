/**
 * Invoices issued under the cooperative's enterprise number for a candidate's customers. This first version holds
 * one amount per invoice and numbers issued invoices from a counter per year; the invoicing issue replaces it with
 * invoice lines, VAT per rate, credit notes and Peppol documents.
 */
package be.actraject.domain.invoice;
