package be.actraject.domain.bankstatement;

import java.util.List;

/**
 * One account statement ({@code Stmt}) of a CAMT.053 file, with its booked entries; what the rest of the import works
 * with, whatever the version of the file.
 *
 * @param reference the bank's identification of the statement ({@code Stmt/Id})
 * @param account   the IBAN of the account, compacted; null when the statement names its account otherwise
 * @param entries   the booked entries, in the order of the file
 */
record BankStatement(String reference, String account, List<StatementEntry> entries) {
}
