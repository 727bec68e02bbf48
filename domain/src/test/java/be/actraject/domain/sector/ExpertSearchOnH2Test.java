package be.actraject.domain.sector;

/** {@link ExpertSearchContract} on H2. */
class ExpertSearchOnH2Test extends ExpertSearchContract {
}
