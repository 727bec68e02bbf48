package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.PaymentRefusedException;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.web.number.Numbers;
import be.actraject.web.system.DateOutsideWindowException;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.Flash;
import be.actraject.web.system.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Registering a payment received on an issued invoice, from the dossier's invoice list; back to the dossier with
 * what is still open, or with the reason it was refused and what was typed.
 */
@Controller
class PaymentController {

    private final Invoices invoices;
    private final Payments payments;
    private final Caseload caseload;
    private final Numbers numbers;
    private final Clock clock;

    PaymentController(Invoices invoices, Payments payments, Caseload caseload, Numbers numbers, Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.invoices = invoices;
        this.payments = payments;
        this.caseload = caseload;
    }

    @PostMapping("/invoices/{invoiceId}/payments")
    String register(@PathVariable long invoiceId,
                    @RequestParam(required = false) String paidOn,
                    @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String reference,
                    @RequestParam(required = false) String from, Actor actor, RedirectAttributes redirect) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        long candidateId = caseload.trajectory(invoice.getTrajectoryId(), actor).getCandidate().getId();
        try {
            // Text that is no amount in the user's language goes on as none: the domain refuses it as an amount,
            // after its own checks of who may register.
            BigDecimal typed = numbers.typed(amount, NumberKind.MONEY).orElse(null);
            LocalDate day = TypedDates.within(TypedDates.iso(paidOn), DateWindow.PAYMENT, clock);
            PaymentState state = payments.register(invoiceId, day, typed, reference, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, state.isPaid()
                    ? Flash.success("payment.registered.paid", invoice.getNumber())
                    : Flash.success("payment.registered.open", invoice.getNumber(), state.open()));
        } catch (PaymentRefusedException | DateTimeParseException | DateOutsideWindowException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, e instanceof PaymentRefusedException refused
                    ? Flash.warning(refused.messageKey(),
                            invoice.getNumber() == null ? "" : invoice.getNumber())
                    : e instanceof DateOutsideWindowException outside
                    ? Flash.warning(outside.messageKey(), outside.messageArguments())
                    : Flash.warning(TypedDates.INVALID));
            redirect.addFlashAttribute("openForm", "payment-" + invoiceId);
            redirect.addFlashAttribute("typedAmount", amount);
            redirect.addFlashAttribute("typedPaidOn", paidOn);
            redirect.addFlashAttribute("typedReference", reference);
        }
        // Back where the form was: the invoice's own page, or the dossier's invoice list.
        return "invoice".equals(from) ? "redirect:/invoices/" + invoiceId
                : "redirect:/candidates/" + candidateId + "#invoices";
    }
}
