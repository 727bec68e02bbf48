package be.actraject.domain.prospecting;

public enum ProspectingKind {
    CUSTOMER_CONTACT,
    SUPPLIER_CONTACT,
    FAIR_OR_MARKET,
    QUOTE,
    PRICE_CALCULATION,
    LETTER_OF_INTENT,
    NETWORK_OR_EXPERT,
    OTHER
}
