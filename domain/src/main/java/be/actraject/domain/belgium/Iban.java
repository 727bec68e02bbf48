package be.actraject.domain.belgium;

import java.math.BigInteger;

/**
 * An IBAN: two letters, two check digits and the account, valid when the number formed by moving the first four
 * characters to the end and turning letters into numbers (A = 10 … Z = 35) leaves 1 when divided by 97.
 *
 * @param value the IBAN without spaces, in capitals
 */
public record Iban(String value) {

    public Iban {
        if (!isValid(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.IBAN, value);
        }
    }

    /** Reads an IBAN as written, with spaces and in any case. */
    public static Iban parse(String text) {
        return new Iban(text == null ? null : text.replaceAll("\\s", "").toUpperCase());
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return false;
        }
        String moved = value.substring(4) + value.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : moved.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** In groups of four: BE68 5390 0754 7034. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return formatted();
    }
}
