package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.OpenInvoice;
import be.actraject.domain.invoice.Payments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The issued invoices still to be paid, overdue ones marked: what office staff follow up. */
@Controller
class OpenInvoicesController {

    private final Payments payments;
    private final Clock clock;

    OpenInvoicesController(Payments payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping("/invoices")
    String open(@RequestParam(defaultValue = "false") boolean overdue, Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<OpenInvoice> open = payments.open(actor);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("overdueCount", open.stream().filter(o -> o.state().isOverdue(today)).count());
        model.addAttribute("openCount", open.size());
        model.addAttribute("openInvoices", overdue
                ? open.stream().filter(o -> o.state().isOverdue(today)).toList() : open);
        return "invoice/open";
    }
}
