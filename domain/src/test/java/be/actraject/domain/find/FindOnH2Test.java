package be.actraject.domain.find;

/** {@link FindContract} on H2. */
class FindOnH2Test extends FindContract {
}
