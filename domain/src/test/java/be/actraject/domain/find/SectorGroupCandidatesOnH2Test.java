package be.actraject.domain.find;

/** {@link SectorGroupCandidatesContract} on H2. */
class SectorGroupCandidatesOnH2Test extends SectorGroupCandidatesContract {
}
