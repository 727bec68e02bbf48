package be.actraject.domain.invoice;

/** {@link InvoiceLinesContract} on H2. */
class InvoiceLinesOnH2Test extends InvoiceLinesContract {
}
