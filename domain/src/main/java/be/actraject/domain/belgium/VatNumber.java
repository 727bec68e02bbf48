package be.actraject.domain.belgium;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A VAT identification number of an EU member state (or Northern Ireland's XI), as VIES checks it: the state's
 * prefix — {@code EL} for Greece, not its ISO code GR — and the number in that state's format. A Belgian number is
 * also checked as the enterprise number it is (mod 97, {@link EnterpriseNumber}); the other states' check digits are
 * left to VIES, which alone says whether a number is issued.
 *
 * @param prefix the state's VAT prefix ({@code BE}, {@code DE}, {@code EL}, …)
 * @param number the number after the prefix, compacted, in capitals
 */
public record VatNumber(String prefix, String number) {

    /**
     * The structure of each state's number after its prefix, from the European Commission's VIES FAQ ("What is the
     * structure of a VAT number?"): {@code 9} is a digit, {@code X} a letter or digit, {@code L} a letter.
     */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    public VatNumber {
        if (!isValid(prefix, number)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.VAT_NUMBER, prefix + number);
        }
    }

    /**
     * Reads a VAT number as written or pasted ({@link Pasted}: spaces of every kind, dots, dashes, lower case), with
     * its state's prefix; a Belgian one of nine digits (before 2003) gets its leading 0.
     *
     * @throws InvalidIdentifierException for no EU prefix or a number not in its state's format
     */
    public static VatNumber parse(String text) {
        String compact = Pasted.compact(text);
        if (compact == null || compact.length() < 3) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.VAT_NUMBER, text);
        }
        String prefix = compact.substring(0, 2);
        String number = compact.substring(2);
        if (prefix.equals("BE") && number.length() == 9) {
            number = "0" + number;
        }
        return new VatNumber(prefix, number);
    }

    /** Whether the member state of this ISO 3166 country code has VAT numbers VIES knows. */
    public static boolean isEuCountry(String countryCode) {
        return prefixOf(countryCode).map(FORMATS::containsKey).orElse(false);
    }

    /** The VAT prefix of an ISO 3166 country code: Greece (GR) uses EL; empty for none. */
    public static Optional<String> prefixOf(String countryCode) {
        return Optional.ofNullable(countryCode).map(c -> c.equals("GR") ? "EL" : c);
    }

    private static boolean isValid(String prefix, String number) {
        Pattern format = prefix == null ? null : FORMATS.get(prefix);
        return format != null && number != null && format.matcher(number).matches()
                && (!prefix.equals("BE") || EnterpriseNumber.isValid(number));
    }

    /** The enterprise number of a Belgian VAT number. */
    public Optional<EnterpriseNumber> enterprise() {
        return prefix.equals("BE") ? Optional.of(new EnterpriseNumber(number)) : Optional.empty();
    }

    /** As written on an invoice and in UBL (BT-48): {@code BE0566988259}, {@code DE123456789}. */
    @Override
    public String toString() {
        return prefix + number;
    }
}
