/**
 * Belgian identifiers with their check digits: the enterprise number (and the VAT number and Peppol id built on
 * it), the structured communication of a payment, the IBAN. Value objects that cannot hold an invalid value.
 */
package be.actraject.domain.belgium;
