package be.actraject.domain.figures;

/** {@link FunderReportsContract} on the embedded H2 database. */
class FunderReportsOnH2Test extends FunderReportsContract {
}
