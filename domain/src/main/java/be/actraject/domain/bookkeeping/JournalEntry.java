package be.actraject.domain.bookkeeping;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.einvoice.Totals;
import be.actraject.domain.invoice.Invoice;

import java.math.BigDecimal;

/**
 * One issued document of the sales journal. A credit note's amounts are negative ({@link #sign()} −1): in a sales
 * journal a credit note lowers the period's turnover and VAT due (VAT return grid 49 and 64 in Belgium, KB nr. 1
 * art. 53).
 *
 * @param customer      the recorded customer, or null for a document issued before customers were recorded (it then
 *                      names its customer only)
 * @param candidateName the candidate whose activity the document belongs to: the analytic key of a cooperative's books
 * @param creditedNumber the number of the invoice a credit note credits, or null for an invoice
 */
public record JournalEntry(Invoice document, Customer customer, String candidateName, String creditedNumber,
                           Totals totals) {

    public int sign() {
        return document.isCreditNote() ? -1 : 1;
    }

    public BigDecimal taxable() {
        return signed(totals.lineTotal());
    }

    public BigDecimal vat() {
        return signed(totals.vatTotal());
    }

    public BigDecimal total() {
        return signed(totals.payable());
    }

    BigDecimal signed(BigDecimal amount) {
        return sign() < 0 ? amount.negate() : amount;
    }
}
