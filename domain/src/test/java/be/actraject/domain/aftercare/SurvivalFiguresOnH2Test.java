package be.actraject.domain.aftercare;

/** {@link SurvivalFiguresContract} on the embedded H2 database. */
class SurvivalFiguresOnH2Test extends SurvivalFiguresContract {
}
