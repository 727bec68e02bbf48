package be.actraject.domain.belgium;

import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * An IBAN (ISO 13616), checked with iban4j against the IBAN registry: the country's length and account format
 * (BBAN), and the check digits (the number formed by moving the first four characters to the end and turning letters
 * into numbers, A = 10 … Z = 35, leaves 1 when divided by 97).
 *
 * @param value the IBAN without spaces, in capitals
 */
public record Iban(String value) {

    public Iban {
        if (!isValid(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.IBAN, value);
        }
    }

    /** Reads an IBAN as written or pasted: spaces of every kind, dashes, dots, any case ({@link Pasted}). */
    public static Iban parse(String text) {
        return new Iban(Pasted.compact(text));
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        try {
            IbanUtil.validate(value);
            return true;
        } catch (Iban4jException e) {
            return false;
        }
    }

    /** In groups of four: BE68 5390 0754 7034. */
    public String formatted() {
        return org.iban4j.Iban.valueOf(value).toFormattedString();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
