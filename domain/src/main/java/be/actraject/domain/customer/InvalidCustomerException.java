package be.actraject.domain.customer;

import be.actraject.domain.RefusedException;

/** A customer the cooperative cannot invoice as given; the reason names the field. */
public class InvalidCustomerException extends RefusedException {

    public enum Reason {
        /** A Belgian business without a valid enterprise number (mod 97). */
        ENTERPRISE_NUMBER,
        /** A business abroad without a VAT number of the form CC + 2–12 letters or digits, or of another country. */
        VAT_NUMBER,
        /** A Peppol id not of the form scheme:identifier, its scheme not in the EAS code list, or its check fails. */
        PEPPOL_ID,
        /** A Peppol id in a VAT scheme of another country than the customer's VAT number (9930:FR… for DE). */
        PEPPOL_COUNTRY,
        /** The customer is the cooperative itself. */
        SELF,
        /** A Belgian business abroad, or a foreign one in Belgium. */
        COUNTRY,
        /** A country that is no assigned ISO 3166-1 code ({@code ZZ}, {@code XI}): EN 16931 BR-CL-14. */
        COUNTRY_CODE,
        /**
         * A Peppol id in a scheme that names the customer's own number (0208: the enterprise number; a VAT scheme: the
         * VAT number) with another number: the e-invoice would reach someone else.
         */
        PEPPOL_NOT_OWN
    }

    private final Reason reason;

    public InvalidCustomerException(Reason reason) {
        super("customer.refused." + reason, "Customer refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
