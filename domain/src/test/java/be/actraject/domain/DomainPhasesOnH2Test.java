package be.actraject.domain;

/** {@link DomainPhasesContract} on the embedded H2 database. */
class DomainPhasesOnH2Test extends DomainPhasesContract {
}
