package be.actraject.domain.einvoice;

import java.util.Locale;
import java.util.Set;

/**
 * The countries an address or a delivery may name: the officially assigned ISO 3166-1 alpha-2 codes, as the JDK
 * lists them ({@link Locale#getISOCountries(Locale.IsoCountryCode)}). EN 16931 requires them (BR-CL-14 for addresses,
 * BR-CL-15 for the deliver-to country); a code such as {@code ZZ} or the VAT prefix {@code XI} (Northern Ireland,
 * whose country is GB) is refused.
 */
public final class Countries {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    /** Whether the code, in capitals, is an assigned ISO 3166-1 alpha-2 code. */
    public static boolean isAssigned(String code) {
        return code != null && ASSIGNED.contains(code);
    }
}
