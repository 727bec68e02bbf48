package be.actraject.domain.training;

/** {@link ProvidersContract} on H2. */
class ProvidersOnH2Test extends ProvidersContract {
}
