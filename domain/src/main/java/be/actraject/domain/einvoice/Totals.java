package be.actraject.domain.einvoice;

import be.actraject.domain.number.NumberKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of an invoice as EN 16931 computes them: the VAT breakdown per category and percentage (taxable amount =
 * the sum of the lines' net amounts; VAT = taxable × percentage, rounded to the cent once per rate, not per line),
 * then the sums. No document-level allowances or charges, no prepayments. A payable amount above
 * {@link NumberKind#MONEY}'s maximum (what the {@code numeric(12, 2)} amount columns hold) is refused,
 * {@link InvalidInvoiceException.Reason#TOTAL_AMOUNT}; the line total and the VAT are each below it then too.
 */
public record Totals(List<Subtotal> breakdown, BigDecimal lineTotal, BigDecimal vatTotal, BigDecimal payable) {

    /** One rate of the VAT breakdown. */
    public record Subtotal(TaxRate rate, BigDecimal taxable, BigDecimal vat) {
    }

    public static Totals of(List<Line> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.NO_LINES, "");
        }
        Map<String, TaxRate> rates = new LinkedHashMap<>();
        Map<String, BigDecimal> taxable = new LinkedHashMap<>();
        for (Line line : lines) {
            String key = line.rate().breakdownKey();
            rates.putIfAbsent(key, line.rate());
            taxable.merge(key, line.netAmount(), BigDecimal::add);
        }
        List<Subtotal> breakdown = new ArrayList<>();
        BigDecimal lineTotal = BigDecimal.ZERO.setScale(Line.CENTS);
        BigDecimal vatTotal = BigDecimal.ZERO.setScale(Line.CENTS);
        for (var entry : taxable.entrySet()) {
            TaxRate rate = rates.get(entry.getKey());
            BigDecimal vat = entry.getValue().multiply(rate.percent()).movePointLeft(2)
                    .setScale(Line.CENTS, RoundingMode.HALF_UP);
            breakdown.add(new Subtotal(rate, entry.getValue(), vat));
            lineTotal = lineTotal.add(entry.getValue());
            vatTotal = vatTotal.add(vat);
        }
        BigDecimal payable = lineTotal.add(vatTotal);
        // The totals are stored in numeric(12, 2) columns (invoice.amount_excl_vat, vat_amount; quote's the same).
        if (payable.compareTo(NumberKind.MONEY.maximum()) > 0) {
            throw new InvalidInvoiceException(InvalidInvoiceException.Reason.TOTAL_AMOUNT, payable.toPlainString());
        }
        return new Totals(List.copyOf(breakdown), lineTotal, vatTotal, payable);
    }
}
