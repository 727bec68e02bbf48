package be.actraject.domain.einvoice;

/**
 * The VAT category of a rate (UNCL 5305, as EN 16931 uses it). Only the standard category has a percentage above
 * zero; every other one needs the reason on the invoice (the exemption or reverse-charge mention of KB nr. 1, art. 5).
 */
public enum VatCategory {
    STANDARD("S"),
    EXEMPT("E"),
    REVERSE_CHARGE("AE"),
    INTRA_COMMUNITY("K"),
    EXPORT("G"),
    /** Not subject to VAT (UNCL 5305 "O"): a supply whose place is outside Belgium and outside the EU's VAT. */
    NOT_SUBJECT("O");

    private final String code;

    VatCategory(String code) {
        this.code = code;
    }

    /** The UNCL 5305 code. */
    public String code() {
        return code;
    }
}
