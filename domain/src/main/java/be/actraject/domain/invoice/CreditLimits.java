package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.Totals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a credit note may credit per VAT rate. A credit note restores the VAT charged on what it credits (W.btw art. 79;
 * KB nr. 4 art. 4), so it can only undo what the invoice said: each of its lines is at a rate the invoice charged — the
 * same rate code, so also the same exemption or reverse charge — and at each rate it credits no more net than the
 * invoice's net at that rate, less what the invoice's other credit notes (issued or on their way) credit at it. The
 * check of the whole total stays in {@link Invoices}. Pure.
 */
final class CreditLimits {

    private CreditLimits() {
    }

    /**
     * The limits of a credit note on the invoice it credits: its total (VAT included) no more than the invoice's less
     * what the other credit notes credit, then each rate as {@link #requireWithinRates}.
     *
     * @param others the invoice's other credit notes, issued or pending (not an earlier version of this one)
     * @throws CreditNoteRefusedException {@code TOO_MUCH} with what is left in all, or as {@link #requireWithinRates}
     */
    static void requireCreditable(Invoice credited, List<Invoice> others, List<InvoiceLine> crediting) {
        BigDecimal creditable = leftToCredit(credited, others);
        if (creditable.signum() <= 0) {
            // "at most € 0,00" reads like a mistake in the amounts; the invoice simply has nothing left to credit.
            throw new CreditNoteRefusedException(CreditNoteRefusedException.Reason.NOTHING_LEFT, BigDecimal.ZERO);
        }
        BigDecimal total = Totals.of(crediting.stream().map(InvoiceLine::toLine).toList()).payable();
        if (total.compareTo(creditable) > 0) {
            throw new CreditNoteRefusedException(CreditNoteRefusedException.Reason.TOO_MUCH, creditable);
        }
        requireWithinRates(credited.getLines(), others.stream().flatMap(n -> n.getLines().stream()).toList(),
                crediting);
    }

    /** The invoice's total (VAT included) less what its credit notes, issued or pending, credit; never below zero. */
    static BigDecimal leftToCredit(Invoice credited, List<Invoice> others) {
        return credited.total().subtract(others.stream().map(Invoice::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal.ZERO);
    }

    /**
     * @param invoiced       the credited invoice's lines
     * @param creditedBefore the lines of its other credit notes, issued or pending
     * @param crediting      the lines of this credit note, in the order drafted
     * @throws CreditNoteRefusedException naming the first line whose rate is not the invoice's, or the first line at
     *                                    which its rate's credit passes what is left at that rate
     */
    static void requireWithinRates(List<InvoiceLine> invoiced, List<InvoiceLine> creditedBefore,
                                   List<InvoiceLine> crediting) {
        Map<String, BigDecimal> left = netPerRate(invoiced);
        netPerRate(creditedBefore).forEach((code, net) -> left.computeIfPresent(code, (c, l) -> l.subtract(net)));
        Map<String, BigDecimal> credited = new HashMap<>();
        for (int i = 0; i < crediting.size(); i++) {
            InvoiceLine line = crediting.get(i);
            String code = line.getVatCode();
            if (!left.containsKey(code)) {
                throw new CreditNoteRefusedException(CreditNoteRefusedException.Reason.RATE_NOT_ON_INVOICE,
                        BigDecimal.ZERO, i);
            }
            BigDecimal sum = credited.merge(code, line.netAmount(), BigDecimal::add);
            if (sum.compareTo(left.get(code)) > 0) {
                throw new CreditNoteRefusedException(CreditNoteRefusedException.Reason.TOO_MUCH_AT_RATE,
                        left.get(code).max(BigDecimal.ZERO), i);
            }
        }
    }

    private static Map<String, BigDecimal> netPerRate(List<InvoiceLine> lines) {
        Map<String, BigDecimal> net = new HashMap<>();
        lines.forEach(l -> net.merge(l.getVatCode(), l.netAmount(), BigDecimal::add));
        return net;
    }
}
