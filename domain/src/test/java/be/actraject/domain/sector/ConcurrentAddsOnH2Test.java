package be.actraject.domain.sector;

/** {@link ConcurrentAddsContract} on H2. */
class ConcurrentAddsOnH2Test extends ConcurrentAddsContract {
}
