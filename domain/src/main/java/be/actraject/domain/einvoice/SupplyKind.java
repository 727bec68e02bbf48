package be.actraject.domain.einvoice;

/**
 * What was supplied, as far as it decides where the supply is taxed. A service to a business is taxed where that
 * business is established (W.btw art. 21 § 2), so Belgian VAT on a service to a business abroad is wrong unless the
 * service is one whose place is Belgium by art. 21 § 3 (work on a building in Belgium, admission to an event,
 * restaurant and catering, passenger transport). Goods are taxed where they are when the supply happens (W.btw art.
 * 14), so goods handed over in Belgium carry Belgian VAT whoever buys them, unless they leave for another member
 * state (art. 39bis) or the European Union (art. 39).
 */
public enum SupplyKind {
    /** Services, taxed where a business customer is established (W.btw art. 21 § 2); the default. */
    SERVICES,
    /** Goods (W.btw art. 10, 14). */
    GOODS,
    /**
     * Services whose place is Belgium whoever the customer: work on immovable property in Belgium, events,
     * restaurant and catering, passenger transport (W.btw art. 21 § 3).
     */
    SERVICES_IN_BELGIUM
}
