package be.actraject.domain.figures;

/** {@link FiguresContract} on the embedded H2 database. */
class FiguresOnH2Test extends FiguresContract {
}
