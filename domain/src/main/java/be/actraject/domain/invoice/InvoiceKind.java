package be.actraject.domain.invoice;

/** An invoice, or a credit note that corrects an issued invoice (an issued invoice itself never changes). */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
