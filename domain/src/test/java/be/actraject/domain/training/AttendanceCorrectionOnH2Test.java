package be.actraject.domain.training;

/** {@link AttendanceCorrectionContract} on H2. */
class AttendanceCorrectionOnH2Test extends AttendanceCorrectionContract {
}
