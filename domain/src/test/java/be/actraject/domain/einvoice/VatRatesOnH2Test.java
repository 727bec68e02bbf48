package be.actraject.domain.einvoice;

/** {@link VatRatesContract} on H2. */
class VatRatesOnH2Test extends VatRatesContract {
}
