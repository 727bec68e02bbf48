/**
 * The customers of a candidate's activity: businesses in Belgium (their enterprise number checked), abroad (their
 * VAT number) and consumers, with the Peppol address their e-invoices go to.
 */
package be.actraject.domain.customer;
