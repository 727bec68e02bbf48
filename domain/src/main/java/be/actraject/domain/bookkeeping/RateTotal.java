package be.actraject.domain.bookkeeping;

import be.actraject.domain.einvoice.TaxRate;

import java.math.BigDecimal;

/** The taxable amount and the VAT of one VAT rate over a period, credit notes deducted. Amounts in euro, to the cent. */
public record RateTotal(TaxRate rate, BigDecimal taxable, BigDecimal vat) {

    public BigDecimal total() {
        return taxable.add(vat);
    }
}
