package be.actraject.domain.einvoice;

import be.actraject.domain.belgium.EnterpriseNumber;

import java.util.Objects;

/**
 * A party to an invoice: the cooperative that issues it, or its customer.
 *
 * @param countryCode      ISO 3166-1 alpha-2; null only for a customer known by name alone
 * @param enterpriseNumber for a Belgian enterprise; null for a foreign one or a consumer
 * @param vatNumber        the VAT identifier with its country prefix; null when the party has none
 * @param endpointScheme   the Peppol participant identifier scheme (0208 for a Belgian enterprise number)
 * @param endpointId       the Peppol participant identifier in that scheme
 */
public record Party(String name, String street, String postalCode, String city, String countryCode,
                    EnterpriseNumber enterpriseNumber, String vatNumber, String endpointScheme, String endpointId) {

    public Party {
        Objects.requireNonNull(name, "name");
    }

    /**
     * A customer known by name alone, as invoices issued before customers were recorded name them: enough to print
     * the invoice again, never for an e-invoice (no address, no Peppol id).
     */
    public static Party nameOnly(String name) {
        return new Party(name, null, null, null, null, null, null, null, null);
    }

    /** A Belgian enterprise subject to VAT, reachable on Peppol by its enterprise number. */
    public static Party belgian(String name, String street, String postalCode, String city, EnterpriseNumber number) {
        return new Party(name, street, postalCode, city, "BE", number, number.vatNumber(),
                EnterpriseNumber.PEPPOL_SCHEME, number.digits());
    }
}
