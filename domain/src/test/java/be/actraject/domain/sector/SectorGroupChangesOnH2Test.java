package be.actraject.domain.sector;

/** {@link SectorGroupChangesContract} on the embedded H2 database. */
class SectorGroupChangesOnH2Test extends SectorGroupChangesContract {
}
