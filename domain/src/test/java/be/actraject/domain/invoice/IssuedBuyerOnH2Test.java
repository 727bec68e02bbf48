package be.actraject.domain.invoice;

/** {@link IssuedBuyerContract} on H2. */
class IssuedBuyerOnH2Test extends IssuedBuyerContract {
}
