/**
 * Identifiers with their registries' checks: the Belgian enterprise number (and the VAT number and Peppol id built
 * on it), VAT numbers of the EU member states, the structured communication of a payment, the IBAN and the BIC.
 * Value objects that cannot hold an invalid value, each read from what people paste ({@link
 * be.actraject.domain.belgium.Pasted}) in one place, for forms, configuration and import alike.
 */
package be.actraject.domain.belgium;
