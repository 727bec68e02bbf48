package be.actraject.domain.exploration;

/** What the exploration turns the idea into, in the order a candidate usually makes them. */
public enum DeliverableKind {
    BUSINESS_CARDS,
    FOLDER,
    WEBSITE,
    PRODUCT_LIST,
    PRICE_LIST,
    BUSINESS_PLAN
}
