package be.actraject.domain.belgium;

/** A value that is not a valid identifier of its kind: wrong length, characters or check digits. */
public class InvalidIdentifierException extends IllegalArgumentException {

    public enum Kind { ENTERPRISE_NUMBER, VAT_NUMBER, STRUCTURED_COMMUNICATION, IBAN, BIC, PEPPOL_ID }

    private final Kind kind;

    public InvalidIdentifierException(Kind kind, String value) {
        super("Not a valid " + kind + ": " + value);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
