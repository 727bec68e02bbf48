package be.actraject.domain.belgium;

/**
 * A Belgian enterprise number (ondernemingsnummer): ten digits, the first 0 or 1, the last two equal to
 * 97 − (the first eight mod 97). The VAT number is "BE" and the same digits; in Peppol it is scheme 0208.
 *
 * @param digits the ten digits, without separators
 */
public record EnterpriseNumber(String digits) {

    /** The Peppol participant identifier scheme of Belgian enterprise numbers. */
    public static final String PEPPOL_SCHEME = "0208";

    public EnterpriseNumber {
        if (!isValid(digits)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.ENTERPRISE_NUMBER, digits);
        }
    }

    /**
     * Reads an enterprise or VAT number as people write or paste it: with or without "BE" (any case), with spaces of
     * every kind, dots or dashes ({@link Pasted}); a number of nine digits (written before 2003) gets its leading 0.
     * "BE", a no-break space (U+00A0) and 1000.000.021 is 1000.000.021.
     */
    public static EnterpriseNumber parse(String text) {
        if (text == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.ENTERPRISE_NUMBER, null);
        }
        String cleaned = Pasted.compact(text);
        if (cleaned.startsWith("BE")) {
            cleaned = cleaned.substring(2);
        }
        if (cleaned.length() == 9) {
            cleaned = "0" + cleaned;
        }
        return new EnterpriseNumber(cleaned);
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[01]\\d{9}")) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - (base % 97) == check;
    }

    /** As printed: 0566.988.259. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    /** The VAT number of an enterprise subject to VAT: BE0566988259. */
    public String vatNumber() {
        return "BE" + digits;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
