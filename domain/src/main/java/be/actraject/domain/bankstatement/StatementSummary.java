package be.actraject.domain.bankstatement;

import java.util.List;

/** One import: its counts, and its lines in the order of the file. */
public record StatementSummary(StatementImport statementImport, List<LineView> lines) {
}
