package be.actraject.domain.invoicebook;

import be.actraject.domain.einvoice.Totals;
import be.actraject.domain.invoice.InvoiceKind;
import be.actraject.domain.invoice.InvoiceLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the VAT breakdowns of many documents per rate. Each document's breakdown is computed as the document itself
 * computes it ({@link Totals}: VAT rounded once per rate per document), so that the book's VAT is the sum of what
 * the documents state, to the cent; a credit note counts negatively.
 */
final class BookTotals {

    private BookTotals() {
    }

    /** @param lines rows of (invoice id, kind, line), the lines of one document in their order */
    static List<VatTotal> of(List<Object[]> lines) {
        Map<Long, List<InvoiceLine>> byDocument = new LinkedHashMap<>();
        Map<Long, InvoiceKind> kinds = new LinkedHashMap<>();
        for (Object[] row : lines) {
            Long id = (Long) row[0];
            kinds.put(id, (InvoiceKind) row[1]);
            byDocument.computeIfAbsent(id, k -> new ArrayList<>()).add((InvoiceLine) row[2]);
        }
        Map<String, VatTotal> byRate = new LinkedHashMap<>();
        byDocument.forEach((id, documentLines) -> {
            boolean credit = kinds.get(id) == InvoiceKind.CREDIT_NOTE;
            for (Totals.Subtotal s : Totals.of(documentLines.stream().map(InvoiceLine::toLine).toList()).breakdown()) {
                BigDecimal taxable = credit ? s.taxable().negate() : s.taxable();
                BigDecimal vat = credit ? s.vat().negate() : s.vat();
                byRate.merge(s.rate().breakdownKey(), new VatTotal(s.rate(), taxable, vat),
                        (a, b) -> new VatTotal(a.rate(), a.taxable().add(b.taxable()), a.vat().add(b.vat())));
            }
        });
        return byRate.values().stream()
                .sorted(Comparator.comparing((VatTotal t) -> t.rate().percent()).reversed()
                        .thenComparing(t -> t.rate().breakdownKey()))
                .toList();
    }
}
