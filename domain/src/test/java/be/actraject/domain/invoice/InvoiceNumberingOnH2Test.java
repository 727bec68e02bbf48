package be.actraject.domain.invoice;

/** {@link InvoiceNumberingContract} on H2. */
class InvoiceNumberingOnH2Test extends InvoiceNumberingContract {
}
