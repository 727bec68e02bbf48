package be.actraject.domain.invoicebook;

import be.actraject.domain.einvoice.TaxRate;

import java.math.BigDecimal;

/**
 * The book's total at one VAT rate: the taxable amounts and the VAT of the issued invoices, less those of the issued
 * credit notes, each document's VAT as it states it (rounded per rate on the document, EN 16931).
 */
public record VatTotal(TaxRate rate, BigDecimal taxable, BigDecimal vat) {

    public BigDecimal total() {
        return taxable.add(vat);
    }
}
