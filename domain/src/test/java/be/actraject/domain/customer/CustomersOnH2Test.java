package be.actraject.domain.customer;

/** {@link CustomersContract} on H2. */
class CustomersOnH2Test extends CustomersContract {
}
