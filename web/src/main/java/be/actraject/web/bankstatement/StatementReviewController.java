package be.actraject.web.bankstatement;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bankstatement.HandMatched;
import be.actraject.domain.bankstatement.ReviewRefusedException;
import be.actraject.domain.bankstatement.StatementReview;
import be.actraject.domain.invoice.PaymentRefusedException;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.number.NumberKind;
import be.actraject.web.number.Numbers;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;

/**
 * The review list: the lines no invoice took by itself, each matched by hand to an invoice (by its number or
 * structured communication) or marked not ours. A refusal comes back to the list with the reason and what was typed.
 */
@Controller
class StatementReviewController {

    private final StatementReview review;
    private final Numbers numbers;

    StatementReviewController(StatementReview review, Numbers numbers) {
        this.review = review;
        this.numbers = numbers;
    }

    @GetMapping("/bank-statements/review")
    String list(Actor actor, Model model) {
        model.addAttribute("lines", review.toReview(actor));
        return "bankstatement/review";
    }

    @PostMapping("/bank-statements/lines/{lineId}/match")
    String match(@PathVariable long lineId, @RequestParam(required = false) String invoice,
                 @RequestParam(required = false) String amount, Actor actor, RedirectAttributes redirect) {
        try {
            // An amount left empty books the line's; text that is no amount is refused as one by the domain.
            BigDecimal typed = amount == null || amount.isBlank() ? null
                    : numbers.typed(amount, NumberKind.MONEY).orElse(BigDecimal.ZERO);
            HandMatched matched = review.match(lineId, invoice, typed, actor);
            PaymentState state = matched.state();
            redirect.addFlashAttribute(Flash.ATTRIBUTE, matched.remaining().signum() > 0
                    ? Flash.success("bankStatement.review.partlyMatched", matched.booked(),
                    state.invoice().getNumber(), matched.remaining())
                    : state.isPaid() ? Flash.success("payment.registered.paid", state.invoice().getNumber())
                    : Flash.success("payment.registered.open", state.invoice().getNumber(), state.open()));
        } catch (ReviewRefusedException e) {
            refused(Flash.warning(e.messageKey(), e.messageArguments()), lineId, invoice, amount, redirect);
        } catch (PaymentRefusedException e) {
            // Decided by the review's own checks first; only a payment registered meanwhile gets here.
            refused(Flash.warning(e.messageKey(), invoice == null ? "" : invoice.strip()), lineId, invoice, amount,
                    redirect);
        }
        return "redirect:/bank-statements/review";
    }

    private static void refused(Flash why, long lineId, String invoice, String amount, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, why);
        redirect.addFlashAttribute("openLine", lineId);
        redirect.addFlashAttribute("typedInvoice", invoice);
        redirect.addFlashAttribute("typedAmount", amount);
    }

    @PostMapping("/bank-statements/lines/{lineId}/not-ours")
    String notOurs(@PathVariable long lineId, Actor actor, RedirectAttributes redirect) {
        try {
            StatementReview.MarkedNotOurs marked = review.notOurs(lineId, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, marked.restOnly()
                    ? Flash.success("bankStatement.review.markedRestNotOurs", marked.matched(), marked.rest())
                    : Flash.success("bankStatement.review.markedNotOurs"));
        } catch (ReviewRefusedException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(e.messageKey()));
        }
        return "redirect:/bank-statements/review";
    }
}
