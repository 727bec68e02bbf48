package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.BookStatus;
import be.actraject.domain.invoicebook.InvoiceBook;
import be.actraject.domain.invoicebook.InvoiceBookFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invoice book: every invoice and credit note the reader may see, where each stands, filtered and searched, with
 * the totals per VAT rate of what is shown. The caseload decides which invoices, as it did for the open invoices.
 */
@Controller
class InvoiceBookController {

    /** The badge of each status: what needs the office's eye (overdue, sent back) stands out. */
    private static final Map<BookStatus, String> STATUS_STYLE = new EnumMap<>(Map.of(
            BookStatus.AWAITING_APPROVAL, "text-bg-secondary",
            BookStatus.SENT_BACK, "text-bg-warning",
            BookStatus.ISSUED, "text-bg-primary",
            BookStatus.PARTLY_PAID, "text-bg-info",
            BookStatus.OVERDUE, "text-bg-danger",
            BookStatus.PAID, "text-bg-success",
            BookStatus.CREDITED, "text-bg-dark"));

    private final InvoiceBook book;
    private final Clock clock;

    InvoiceBookController(InvoiceBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @GetMapping("/invoices")
    String book(@ModelAttribute("filter") InvoiceBookForm form, Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> refused = new LinkedHashMap<>();
        InvoiceBookFilter filter = form.toFilter(refused);
        model.addAttribute("refused", refused);
        model.addAttribute("book", book.page(filter, actor, today));
        model.addAttribute("statuses", BookStatus.values());
        model.addAttribute("sizes", InvoiceBookForm.SIZES);
        model.addAttribute("statusStyle", STATUS_STYLE);
        return "invoice/book";
    }
}
