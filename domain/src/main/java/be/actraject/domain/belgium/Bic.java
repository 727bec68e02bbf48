package be.actraject.domain.belgium;

import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;

/**
 * A BIC (ISO 9362, the bank's SWIFT code), checked with iban4j: four letters for the bank, an ISO 3166 country,
 * two characters for the location, optionally three for the branch ({@code GKCCBEBB}, {@code GEBABEBB36A}).
 *
 * @param value the BIC without spaces, in capitals
 */
public record Bic(String value) {

    public Bic {
        if (!isValid(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.BIC, value);
        }
    }

    /** Reads a BIC as written or pasted: spaces of every kind, any case ({@link Pasted}). */
    public static Bic parse(String text) {
        return new Bic(Pasted.compact(text));
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        try {
            BicUtil.validate(value);
            return true;
        } catch (Iban4jException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
