package be.actraject.domain.bankstatement;

/** {@link StatementReviewContract} on H2. */
class StatementReviewOnH2Test extends StatementReviewContract {
}
