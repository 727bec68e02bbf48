package be.actraject.domain.bookkeeping;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sales journal of a period: its documents in issue order, the totals per VAT rate (credit notes deducted) and the
 * payments received in it.
 */
public record Journal(JournalPeriod period, List<JournalEntry> entries, List<RateTotal> rateTotals,
                      List<JournalPayment> payments) {

    public BigDecimal taxable() {
        return rateTotals.stream().map(RateTotal::taxable).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal vat() {
        return rateTotals.stream().map(RateTotal::vat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return taxable().add(vat());
    }

    public BigDecimal received() {
        return payments.stream().map(p -> p.payment().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
