package be.actraject.domain.einvoice;

import java.util.Set;

/**
 * The member states of the European Union (Treaty on European Union art. 52; the 27 since 1 February 2020), by their
 * ISO 3166-1 alpha-2 code, as the VAT rules on intra-community supplies and exports need them. Greece is GR here
 * (its VAT numbers start with EL). Northern Ireland (XI) counts for goods under the Windsor Framework but has no
 * ISO country code of its own; it is not offered.
 */
public final class EuMemberStates {

    private static final Set<String> CODES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private EuMemberStates() {
    }

    /** Whether the country (ISO 3166-1 alpha-2, capitals) is a member state; false for null. */
    public static boolean contains(String countryCode) {
        return countryCode != null && CODES.contains(countryCode);
    }
}
