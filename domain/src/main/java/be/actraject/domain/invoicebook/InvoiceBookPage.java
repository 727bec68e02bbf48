package be.actraject.domain.invoicebook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of the invoice book, with what the whole filtered set adds up to.
 *
 * @param matching   how many invoices and credit notes the filter matches, on every page
 * @param page       the page shown, from 0 (the last when a later one was asked)
 * @param totals     per VAT rate, over every issued document the filter matches, not only this page's
 * @param candidates the candidates the book can be narrowed to, by name
 * @param customers  the customers' names the book can be narrowed to, alphabetical
 */
public record InvoiceBookPage(List<InvoiceBookRow> rows, long matching, int page, int size, List<VatTotal> totals,
                              List<CandidateChoice> candidates, List<String> customers) {

    public int pages() {
        return (int) Math.max(1, (matching + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public BigDecimal taxable() {
        return totals.stream().map(VatTotal::taxable).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal vat() {
        return totals.stream().map(VatTotal::vat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return taxable().add(vat());
    }
}
