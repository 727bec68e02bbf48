package be.actraject.domain.invoice;

import be.actraject.domain.RefusedException;

/**
 * An invoice or credit note the cooperative may not issue as drafted: its customer lacks what a legal invoice needs,
 * or a line's VAT case does not fit the customer or the supply. Refused when it is submitted, before any approval;
 * the reason says which rule, and the web says it in the user's words.
 */
public class VatCaseRefusedException extends RefusedException {

    public enum Reason {
        /** No recorded customer: a legal invoice names the customer with an address (KB nr. 1 art. 5 § 1, 4°–5°). */
        NO_CUSTOMER,
        /** A customer without a full address (KB nr. 1 art. 5 § 1, 5°). */
        CUSTOMER_ADDRESS,
        /** A business without its VAT number (KB nr. 1 art. 5 § 1, 5°; EN 16931 BT-48). */
        CUSTOMER_VAT_NUMBER,
        /** An art. 44 exemption for a business abroad, whose service is not taxed in Belgium (W.btw art. 21 § 2). */
        EXEMPT_ABROAD,
        /** The domestic reverse charge for a customer not a Belgian VAT-registered business (KB nr. 1 art. 20). */
        REVERSE_CHARGE_CUSTOMER,
        /** The domestic reverse charge without the kind of work it covers (W.btw art. 51 § 2, 5°; KB nr. 1 art. 20). */
        REVERSE_CHARGE_WORK,
        /** The EU services reverse charge for a customer who is not a business in another member state. */
        EU_SERVICES_CUSTOMER,
        /** An intra-community supply to a customer not identified for VAT in another member state (W.btw 39bis). */
        INTRA_COMMUNITY_CUSTOMER,
        /** An intra-community supply without a delivery date or invoicing period (EN 16931 BR-IC-11). */
        SUPPLY_DATE,
        /** An intra-community supply not sent to another member state (W.btw art. 39bis; BR-IC-12). */
        INTRA_COMMUNITY_DESTINATION,
        /** An export whose goods stay in the European Union (W.btw art. 39). */
        EXPORT_DESTINATION,
        /** A delivery date or period outside the plausible window around the invoice date ({@link SupplyDates}). */
        SUPPLY_DATE_OUT_OF_RANGE,
        /** Two zero rates of one category with different mentions, which one VAT breakdown row cannot carry. */
        MIXED_MENTIONS,
        /** Belgian VAT on a service to a business established abroad, whose place is there (W.btw art. 21 § 2). */
        SERVICES_ABROAD,
        /** An intra-community supply or an export that is not a supply of goods (W.btw art. 39, 39bis). */
        SUPPLY_KIND_GOODS,
        /** The EU reverse charge or "not subject" for a supply that is not a service taxed at the customer's. */
        SUPPLY_KIND_SERVICES,
        /** "Not subject to VAT" for a customer who is not a business outside the European Union (art. 21 § 2). */
        NOT_SUBJECT_CUSTOMER,
        /** "Not subject to VAT" beside another category on one invoice (EN 16931 BR-O-11 to BR-O-14). */
        NOT_SUBJECT_MIXED
    }

    private final Reason reason;

    public VatCaseRefusedException(Reason reason) {
        super("vatCase.refused." + reason, "VAT case refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
