package be.actraject.domain.agenda;

/** {@link ReminderDaysContract} on H2. */
class ReminderDaysOnH2Test extends ReminderDaysContract {
}
