package be.actraject.domain.agenda;

/** {@link AgendaContract} on H2. */
class AgendaOnH2Test extends AgendaContract {
}
