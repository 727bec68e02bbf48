package be.actraject.domain.bankstatement;

/**
 * A statement line as the pages show it, with the number of the invoice it paid or names (null when none).
 */
public record LineView(StatementLine line, String invoiceNumber) {
}
