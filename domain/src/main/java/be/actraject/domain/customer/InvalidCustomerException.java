package be.actraject.domain.customer;

/** A customer the cooperative cannot invoice as given; the reason names the field. */
public class InvalidCustomerException extends RuntimeException {

    public enum Reason {
        /** A Belgian business without a valid enterprise number (mod 97). */
        ENTERPRISE_NUMBER,
        /** A business abroad without a VAT number of the form CC + 2–12 letters or digits, or of another country. */
        VAT_NUMBER,
        /** A Peppol id not of the form scheme:identifier with a four-digit scheme. */
        PEPPOL_ID,
        /** The customer is the cooperative itself. */
        SELF,
        /** A Belgian business abroad, or a foreign one in Belgium. */
        COUNTRY
    }

    private final Reason reason;

    public InvalidCustomerException(Reason reason) {
        super("Customer refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
