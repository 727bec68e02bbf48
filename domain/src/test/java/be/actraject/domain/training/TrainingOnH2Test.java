package be.actraject.domain.training;

/** {@link TrainingContract} on H2. */
class TrainingOnH2Test extends TrainingContract {
}
