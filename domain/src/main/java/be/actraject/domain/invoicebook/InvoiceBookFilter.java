package be.actraject.domain.invoicebook;

import be.actraject.domain.invoice.BookStatus;

import java.time.LocalDate;

/**
 * What the invoice book is narrowed to; every part optional (null: not narrowed).
 *
 * @param from      the first issue date of the period
 * @param until     the last issue date of the period
 * @param candidate the candidate whose trajectories the invoices belong to
 * @param customer  the customer's name as the invoices carry it
 * @param text      what was typed in the search box: a number, a customer's name or a structured communication
 * @param page      the page, from 0
 * @param size      the rows on a page
 */
public record InvoiceBookFilter(LocalDate from, LocalDate until, Long candidate, String customer, BookStatus status,
                                String text, int page, int size) {

    public InvoiceBookFilter {
        page = Math.max(0, page);
        size = Math.max(1, size);
    }

    /** The whole book, first page. */
    public static InvoiceBookFilter all(int size) {
        return new InvoiceBookFilter(null, null, null, null, null, null, 0, size);
    }
}
