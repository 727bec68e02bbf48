package be.actraject.domain.bankstatement;

/** {@link ConcurrentUploadsContract} on H2. */
class ConcurrentUploadsOnH2Test extends ConcurrentUploadsContract {
}
