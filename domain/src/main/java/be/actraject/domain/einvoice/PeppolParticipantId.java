package be.actraject.domain.einvoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.InvalidIdentifierException;
import be.actraject.domain.belgium.InvalidIdentifierException.Kind;
import be.actraject.domain.belgium.Pasted;
import be.actraject.domain.belgium.VatNumber;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Peppol participant identifier, {@code scheme:identifier}, as written into the UBL EndpointID (BT-49, BT-34) and
 * its schemeID. The scheme must be in the Electronic Address Scheme (EAS) code list (rule PEPPOL-EN16931-CL008,
 * EN 16931 BR-CL-25); the identifier is checked where its scheme says how: {@code 0208} is a Belgian enterprise number
 * (mod 97), the VAT schemes ({@code 9925} BE, {@code 9930} DE, {@code 9944} NL, {@code 9957} FR …) hold a VAT number
 * of their country, with its prefix ({@code 9930:DE123456789}).
 * <p>
 * Pasted text is cleaned as {@link Pasted} does (spaces of every kind, dots, dashes, lower case) for 0208 and the VAT
 * schemes, whose numbers have no such characters; for the other schemes only spaces are dropped and letters put in
 * capitals, as their identifiers may hold dashes (a German Leitweg-ID, {@code 0204:991-12345-67}).
 *
 * @param scheme     the EAS code, four digits
 * @param identifier the identifier in that scheme, cleaned
 */
public record PeppolParticipantId(String scheme, String identifier) {

    /**
     * The EAS codes Peppol BIS Billing 3.0 accepts: the code list of rule PEPPOL-EN16931-CL008 in the OpenPeppol
     * rules release 2025.11 (the Schematron shipped in phive-rules-peppol 4.3.7; a test compares the two).
     */
    public static final Set<String> SCHEMES = Set.of(
            "0002", "0007", "0009", "0037", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142", "0147",
            "0151", "0154", "0158", "0170", "0177", "0183", "0184", "0188", "0190", "0191", "0192", "0193", "0194",
            "0195", "0196", "0198", "0199", "0200", "0201", "0202", "0203", "0204", "0205", "0208", "0209", "0210",
            "0211", "0212", "0213", "0215", "0216", "0217", "0218", "0221", "0225", "0230", "0235", "0240", "0244",
            "0245", "9910", "9913", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926",
            "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938", "9939",
            "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950", "9951", "9952",
            "9953", "9957", "9959");

    /**
     * The EAS schemes that are a country's VAT number, by the VAT prefix they hold (EAS code list, "… VAT number"
     * entries): Greece's is EL, the United Kingdom's GB.
     */
    public static final Map<String, String> VAT_SCHEMES = Map.ofEntries(
            Map.entry("9910", "HU"), Map.entry("9914", "AT"), Map.entry("9920", "ES"), Map.entry("9922", "AD"),
            Map.entry("9923", "AL"), Map.entry("9924", "BA"), Map.entry("9925", "BE"), Map.entry("9926", "BG"),
            Map.entry("9927", "CH"), Map.entry("9928", "CY"), Map.entry("9929", "CZ"), Map.entry("9930", "DE"),
            Map.entry("9931", "EE"), Map.entry("9932", "GB"), Map.entry("9933", "EL"), Map.entry("9934", "HR"),
            Map.entry("9935", "IE"), Map.entry("9936", "LI"), Map.entry("9937", "LT"), Map.entry("9938", "LU"),
            Map.entry("9939", "LV"), Map.entry("9940", "MC"), Map.entry("9941", "ME"), Map.entry("9942", "MK"),
            Map.entry("9943", "MT"), Map.entry("9944", "NL"), Map.entry("9945", "PL"), Map.entry("9946", "PT"),
            Map.entry("9947", "RO"), Map.entry("9948", "RS"), Map.entry("9949", "SI"), Map.entry("9950", "SK"),
            Map.entry("9951", "SM"), Map.entry("9952", "TR"), Map.entry("9953", "VA"), Map.entry("9957", "FR"));

    public PeppolParticipantId {
        if (scheme == null || !SCHEMES.contains(scheme) || identifier == null || identifier.isEmpty()
                || !checks(scheme, identifier)) {
            throw new InvalidIdentifierException(Kind.PEPPOL_ID, scheme + ":" + identifier);
        }
    }

    /**
     * Reads {@code scheme:identifier} as typed or pasted: {@code 9930:de 123 456 789} is {@code 9930:DE123456789}.
     *
     * @throws InvalidIdentifierException (kind PEPPOL_ID) without a colon, for a scheme outside the EAS code list,
     *                                    or an identifier its scheme's check refuses
     */
    public static PeppolParticipantId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new InvalidIdentifierException(Kind.PEPPOL_ID, text);
        }
        String scheme = Pasted.compact(text.substring(0, colon));
        String written = text.substring(colon + 1);
        boolean numbered = scheme.equals(EnterpriseNumber.PEPPOL_SCHEME) || VAT_SCHEMES.containsKey(scheme);
        String identifier = numbered ? Pasted.compact(written) : withoutSpaces(written);
        if (VAT_SCHEMES.containsKey(scheme) && VatNumber.isEuCountry(countryOf(VAT_SCHEMES.get(scheme)))) {
            try {
                identifier = VatNumber.parse(identifier).toString(); // BE566988259 gets its leading 0
            } catch (InvalidIdentifierException e) {
                throw new InvalidIdentifierException(Kind.PEPPOL_ID, text);
            }
        }
        return new PeppolParticipantId(scheme, identifier);
    }

    /** The VAT prefix of a VAT scheme ({@code DE} for 9930); empty for the other schemes. */
    public Optional<String> vatPrefix() {
        return Optional.ofNullable(VAT_SCHEMES.get(scheme));
    }

    @Override
    public String toString() {
        return scheme + ":" + identifier;
    }

    private static boolean checks(String scheme, String identifier) {
        if (scheme.equals(EnterpriseNumber.PEPPOL_SCHEME)) {
            return identifier.matches("\\d{10}") && EnterpriseNumber.isValid(identifier);
        }
        String prefix = VAT_SCHEMES.get(scheme);
        if (prefix == null) {
            return identifier.matches("[A-Z0-9][A-Z0-9:._\\-]*");
        }
        if (VatNumber.isEuCountry(countryOf(prefix))) {
            try {
                return VatNumber.parse(identifier).prefix().equals(prefix);
            } catch (InvalidIdentifierException e) {
                return false;
            }
        }
        // A VAT number outside VIES: its country's prefix and letters or digits, as the customer's is checked.
        return identifier.matches(prefix + "[A-Z0-9]{2,12}");
    }

    /** The ISO 3166 code of a VAT prefix: EL is Greece (GR). */
    private static String countryOf(String prefix) {
        return prefix.equals("EL") ? "GR" : prefix;
    }

    private static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && c != '\u200B' && c != '\u2060' && c != '\uFEFF').forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
