package be.actraject.web.invoice;

import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoicebook.InvoiceBookFilter;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invoice book's filters as the address carries them (GET), kept as typed so that the form shows them again
 * and paging keeps them. A value that cannot be read (a day that does not exist, an unknown status) does not narrow
 * the book; {@link #toFilter} names it, and the page says why.
 */
public class InvoiceBookForm {

    /** The page sizes offered; any other falls back to the first. */
    static final int[] SIZES = {25, 50, 100};
    private static final int MAX_TEXT = 100;

    private String from;
    private String until;
    private String candidate;
    private String customer;
    private String status;
    private String q;
    private String page;
    private String size;

    /**
     * The filter to query with, every readable part of it.
     *
     * @param refused filled with the fields that could not be read, each with the key of its message
     */
    InvoiceBookFilter toFilter(Map<String, String> refused) {
        LocalDate fromDay = day("from", from, refused);
        LocalDate untilDay = day("until", until, refused);
        if (fromDay != null && untilDay != null && untilDay.isBefore(fromDay)) {
            refused.put("until", "invoiceBook.refused.period");
            untilDay = null;
        }
        Long candidateId = null;
        if (!blank(candidate)) {
            try {
                candidateId = Long.valueOf(candidate.strip());
            } catch (NumberFormatException e) {
                refused.put("candidate", "invoiceBook.refused.candidate");
            }
        }
        BookStatus bookStatus = null;
        if (!blank(status)) {
            try {
                bookStatus = BookStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                refused.put("status", "invoiceBook.refused.status");
            }
        }
        String text = q;
        if (q != null && q.length() > MAX_TEXT) {
            refused.put("q", "invoiceBook.refused.text");
            text = null;
        }
        return new InvoiceBookFilter(fromDay, untilDay, candidateId, blank(customer) ? null : customer, bookStatus,
                text, pageNumber(), rows());
    }

    private static LocalDate day(String field, String typed, Map<String, String> refused) {
        try {
            return BookDates.parse(typed);
        } catch (DateTimeParseException e) {
            refused.put(field, "invoiceBook.refused.date");
            return null;
        }
    }

    private int pageNumber() {
        try {
            return blank(page) ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0; // a page is no filter: an unreadable one is the first
        }
    }

    public int rows() {
        for (int n : SIZES) {
            if (String.valueOf(n).equals(size == null ? null : size.strip())) {
                return n;
            }
        }
        return SIZES[0];
    }

    /** The address of this book, filtered as it is, at another page. */
    public String pageLink(int otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/invoices");
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("from", from);
        kept.put("until", until);
        kept.put("candidate", candidate);
        kept.put("customer", customer);
        kept.put("status", status);
        kept.put("q", q);
        kept.put("size", rows() == SIZES[0] ? null : String.valueOf(rows()));
        kept.put("page", otherPage == 0 ? null : String.valueOf(otherPage));
        kept.forEach((name, value) -> {
            if (!blank(value)) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
