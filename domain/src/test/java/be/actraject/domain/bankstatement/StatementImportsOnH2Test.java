package be.actraject.domain.bankstatement;

/** {@link StatementImportsContract} on H2. */
class StatementImportsOnH2Test extends StatementImportsContract {
}
