package be.actraject.domain.invoice;

/**
 * Shorthands for the common Belgian rates, by their code in the rate table; the rates themselves (and every other
 * zero rate with its mention) are data ({@link be.actraject.domain.einvoice.VatRates}).
 */
public enum VatRate {
    ZERO("0-art44"),
    SIX("6"),
    TWELVE("12"),
    TWENTY_ONE("21"),
    /** Services to a business in another member state, VAT due by the customer (W.btw art. 21 § 2). */
    EU_SERVICES_REVERSE_CHARGE("0-eu-diensten");

    private final String code;

    VatRate(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
