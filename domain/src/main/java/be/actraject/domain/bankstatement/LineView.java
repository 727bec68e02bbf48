package be.actraject.domain.bankstatement;

import java.math.BigDecimal;

/**
 * A statement line as the pages show it.
 *
 * @param invoiceNumber the number of the invoice it paid or names (null when none)
 * @param matched       what is booked from it by hand so far
 */
public record LineView(StatementLine line, String invoiceNumber, BigDecimal matched) {

    /** What is left of the line to match. */
    public BigDecimal remaining() {
        return line.getAmount().subtract(matched);
    }

    /** Matched for part of its amount, the rest still to review. */
    public boolean partlyMatched() {
        return matched.signum() > 0 && remaining().signum() > 0;
    }

    /**
     * Matched by hand for part of its amount and the rest marked as no payment of an invoice: the summary says both
     * amounts, not only "matched by hand".
     */
    public boolean restMarkedNotOurs() {
        return line.getOutcome() == LineOutcome.MATCHED_BY_HAND && partlyMatched();
    }

    /** The communication with a structured one as +++123/4567/89012+++, however the bank wrote it. */
    public String communication() {
        return Remittance.shown(line.getCommunication());
    }
}
