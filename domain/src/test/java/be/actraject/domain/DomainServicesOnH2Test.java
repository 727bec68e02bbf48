package be.actraject.domain;

/** {@link DomainServicesContract} on the embedded H2 database (in memory, one per test context). */
class DomainServicesOnH2Test extends DomainServicesContract {
}
