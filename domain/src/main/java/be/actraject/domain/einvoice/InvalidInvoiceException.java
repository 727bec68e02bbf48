package be.actraject.domain.einvoice;

/** Content an invoice cannot have; the reason names what is wrong, {@code detail} where. */
public class InvalidInvoiceException extends IllegalArgumentException {

    public enum Reason {
        /** A quantity of zero or less. */
        QUANTITY,
        /** A negative unit price. */
        UNIT_PRICE,
        /** A discount outside 0–100 %. */
        DISCOUNT,
        /** A rate that does not exist, or a percentage that does not fit its category. */
        RATE,
        /** A zero rate without its reason, or a standard rate with one. */
        EXEMPTION_REASON,
        /** No lines. */
        NO_LINES,
        /** The customer is the cooperative itself. */
        SELF_BILLING,
        /** A credit note without the invoice it corrects. */
        NO_PRECEDING_INVOICE,
        /** An invoicing period that ends before it starts (EN 16931 BR-29). */
        SUPPLY_PERIOD,
        /** A deliver-to country that is not an ISO 3166-1 alpha-2 code in capitals. */
        SUPPLY_COUNTRY,
        /** A line amount (quantity × unit price) above what an amount column holds ({@code numeric(12, 2)}). */
        LINE_AMOUNT,
        /** A document total (excl. VAT, VAT or payable) above what an amount column holds. */
        TOTAL_AMOUNT
    }

    private final Reason reason;

    public InvalidInvoiceException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
