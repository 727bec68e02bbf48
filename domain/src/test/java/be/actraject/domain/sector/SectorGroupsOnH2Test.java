package be.actraject.domain.sector;

/** {@link SectorGroupsContract} on the embedded H2 database. */
class SectorGroupsOnH2Test extends SectorGroupsContract {
}
