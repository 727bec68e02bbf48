package be.actraject.domain.einvoice;

import java.util.Set;

/**
 * Which Belgian VAT case a rate is for: the category of the e-invoice (UNCL 5305) does not say it alone, since two
 * reverse charges share category AE. Each case has its own conditions on the customer and the supply, checked before
 * an invoice is submitted ({@code be.actraject.domain.invoice.VatCaseCheck}).
 */
public enum VatCase {
    /** VAT charged at a standard rate (W.btw art. 37; the rates of KB nr. 20). Any customer. */
    STANDARD,
    /**
     * Exempt by W.btw art. 44 (teaching, medical care, …): a supply taxed in Belgium, so to a Belgian business or a
     * consumer (place of services to a business abroad: W.btw art. 21 § 2).
     */
    EXEMPT,
    /**
     * Reverse charge to a Belgian co-contractant (medecontractant): W.btw art. 51 § 2, first paragraph, 5° and KB nr. 1
     * art. 20: work on immovable property for a customer established in Belgium who files periodic VAT returns.
     */
    REVERSE_CHARGE_DOMESTIC,
    /**
     * Services to a business in another member state, VAT due by the customer: W.btw art. 21 § 2 and art. 196 of
     * Directive 2006/112/EC.
     */
    REVERSE_CHARGE_EU_SERVICES,
    /**
     * Exempt intra-community supply of goods (W.btw art. 39bis): to a business identified for VAT in another member
     * state, the goods sent there; the invoice says when (EN 16931 BR-IC-11) and where to (BR-IC-12).
     */
    INTRA_COMMUNITY_SUPPLY,
    /** Exempt export of goods out of the European Union (W.btw art. 39). */
    EXPORT,
    /**
     * A service to a business established outside the European Union: its place is where the customer is established
     * (W.btw art. 21 § 2), so it is not subject to Belgian VAT and no EU reverse charge applies. EN 16931 category O:
     * the only category on such an invoice (BR-O-11 to BR-O-14), without the seller's or buyer's VAT identifier
     * (BR-O-02).
     */
    NOT_SUBJECT;

    /** The cases whose rate is zero: each needs its mention on the invoice (KB nr. 1 art. 5 § 1, 10°–12°). */
    public static final Set<VatCase> ZERO_RATED = Set.of(EXEMPT, REVERSE_CHARGE_DOMESTIC, REVERSE_CHARGE_EU_SERVICES,
            INTRA_COMMUNITY_SUPPLY, EXPORT, NOT_SUBJECT);

    /** The cases that only a supply of goods can be. */
    public static final Set<VatCase> GOODS_ONLY = Set.of(INTRA_COMMUNITY_SUPPLY, EXPORT);

    /** The cases that only a service whose place is the customer's (W.btw art. 21 § 2) can be. */
    public static final Set<VatCase> SERVICES_ONLY = Set.of(REVERSE_CHARGE_EU_SERVICES, NOT_SUBJECT);

    /** The case a category stands for when nothing else says so; AE stands for the domestic reverse charge. */
    public static VatCase of(VatCategory category) {
        return switch (category) {
            case STANDARD -> STANDARD;
            case EXEMPT -> EXEMPT;
            case REVERSE_CHARGE -> REVERSE_CHARGE_DOMESTIC;
            case INTRA_COMMUNITY -> INTRA_COMMUNITY_SUPPLY;
            case EXPORT -> EXPORT;
            case NOT_SUBJECT -> NOT_SUBJECT;
        };
    }
}
