package be.actraject.domain.belgium;

/**
 * A Belgian structured communication (gestructureerde mededeling, OGM): ten base digits and two check digits, the
 * base mod 97 (97 when that is 0), written +++ddd/dddd/ddddd+++. The bank links a payment to its invoice by it.
 *
 * @param digits the twelve digits
 */
public record StructuredCommunication(String digits) {

    public StructuredCommunication {
        if (!isValid(digits)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.STRUCTURED_COMMUNICATION, digits);
        }
    }

    /** The communication of ten base digits, with their check digits. */
    public static StructuredCommunication ofBase(String base) {
        if (base == null || !base.matches("\\d{10}")) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.STRUCTURED_COMMUNICATION, base);
        }
        return new StructuredCommunication(base + String.format("%02d", check(base)));
    }

    /** As an invoice number turns into one: the number's digits, left-padded to ten. */
    public static StructuredCommunication ofBase(long base) {
        if (base < 0 || base > 9_999_999_999L) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.STRUCTURED_COMMUNICATION,
                    Long.toString(base));
        }
        return ofBase(String.format("%010d", base));
    }

    /**
     * Reads one as written or pasted: with or without the {@code +++} or {@code ***} around it, slashes, spaces of
     * every kind, dots or dashes ({@link Pasted}).
     */
    public static StructuredCommunication parse(String text) {
        return new StructuredCommunication(Pasted.compact(text, "+*/"));
    }

    public static boolean isValid(String digits) {
        return digits != null && digits.matches("\\d{12}")
                && check(digits.substring(0, 10)) == Integer.parseInt(digits.substring(10));
    }

    private static int check(String base) {
        int rest = (int) (Long.parseLong(base) % 97);
        return rest == 0 ? 97 : rest;
    }

    /** +++312/4013/98067+++ */
    public String formatted() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    @Override
    public String toString() {
        return formatted();
    }
}
