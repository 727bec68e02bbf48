package be.actraject.domain;

/** {@link WorkspaceDomainContract} on H2. */
class WorkspaceDomainOnH2Test extends WorkspaceDomainContract {
}
