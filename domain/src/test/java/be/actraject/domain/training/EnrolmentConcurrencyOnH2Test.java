package be.actraject.domain.training;

/** {@link EnrolmentConcurrencyContract} on H2. */
class EnrolmentConcurrencyOnH2Test extends EnrolmentConcurrencyContract {
}
