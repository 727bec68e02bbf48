package be.actraject.domain.find;

/** {@link SearchContract} on H2. */
class SearchOnH2Test extends SearchContract {
}
