package be.actraject.domain.invoice;

/** {@link PaymentsContract} on H2. */
class PaymentsOnH2Test extends PaymentsContract {
}
