package be.actraject.domain;

/** {@link DossierChangesContract} on the embedded H2 database (in memory, one per test context). */
class DossierChangesOnH2Test extends DossierChangesContract {
}
