package be.actraject.web.quote;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.domain.invoice.NotInvoicingException;
import be.actraject.domain.invoice.Quote;
import be.actraject.domain.invoice.QuoteExpiredException;
import be.actraject.domain.invoice.QuoteStatus;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.invoice.UnknownCustomerException;
import be.actraject.domain.invoice.VatCaseRefusedException;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.invoice.InvoicePdf;
import be.actraject.web.invoice.LineChoices;
import be.actraject.web.invoice.LinesForm;
import be.actraject.web.system.Attachments;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Quotes of a candidate's activity: drafted from the dossier for a recorded customer, shown with their totals, and —
 * once the customer accepts — made into an invoice draft on the invoice form (or marked declined).
 */
@Controller
class QuoteController {

    private static final String FORM = "quote/new";

    private final Quotes quotes;
    private final Customers customers;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final LineChoices choices;
    private final InvoicePdf pdf;
    private final Clock clock;

    QuoteController(Quotes quotes, Customers customers, Caseload caseload, DossierChanges changes,
                    LineChoices choices, InvoicePdf pdf, Clock clock) {
        this.changes = changes;
        this.pdf = pdf;
        this.quotes = quotes;
        this.customers = customers;
        this.caseload = caseload;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/candidates/{candidateId}/quotes/new")
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        QuoteForm form = new QuoteForm();
        form.setValidUntil(LocalDate.now(clock).plusDays(30));
        form.addSpareLines(3);
        model.addAttribute("quote", form);
        return show(drafting(candidateId, actor), actor, model);
    }

    // With its BindingResult: a line typed "abc" comes back with its message and the form as typed, not a 400.
    @PostMapping(path = "/candidates/{candidateId}/quotes/new", params = "addLines")
    String addLines(@PathVariable long candidateId, @ModelAttribute("quote") QuoteForm form, BindingResult typed,
                    Actor actor,
                    Model model) {
        form.addSpareLines(3);
        return show(drafting(candidateId, actor), actor, model);
    }

    @PostMapping("/candidates/{candidateId}/quotes/new")
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("quote") QuoteForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = drafting(candidateId, actor);
        form.validateLines(result, choices.addTo(model));
        if (!result.hasErrors()) {
            try {
                Quote saved = quotes.draft(trajectory.getId(), form.toDraft(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quote.drafted"));
                return "redirect:/quotes/" + saved.getId();
            } catch (UnknownCustomerException e) {
                result.rejectValue("customerId", "invoice.customer.unknown");
            } catch (VatCaseRefusedException e) {
                form.reject(e, result);
            } catch (QuoteExpiredException e) {
                result.rejectValue("validUntil", "quote.validUntil.past");
            } catch (NotInvoicingException e) {
                result.reject("quote.notProspecting");
            } catch (InvalidInvoiceException e) {
                result.reject("einvoice.invalid." + e.reason());
            }
        }
        form.addSpareLines(1);
        return show(trajectory, actor, model);
    }

    @GetMapping("/quotes/{quoteId}")
    String quote(@PathVariable long quoteId, Actor actor, Model model) {
        Quote quote = quotes.quote(quoteId, actor);
        Trajectory trajectory = caseload.trajectory(quote.getTrajectoryId(), actor);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("quote", quote);
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("customer", customers.of(trajectory.getId(), actor).stream()
                .filter(c -> c.getId().equals(quote.getCustomerId())).findFirst().orElse(null));
        model.addAttribute("expired", quote.isExpired(today));
        boolean works = changes.may(trajectory, DossierChange.INVOICING, actor);
        boolean open = quote.getStatus() == QuoteStatus.OPEN && !quote.isExpired(today) && trajectory.isActive();
        model.addAttribute("mayInvoice", works && open && trajectory.getPhase() == Phase.INVOICING);
        model.addAttribute("mayDecline", works && quote.getStatus() == QuoteStatus.OPEN && trajectory.isActive());
        return "quote/show";
    }

    @GetMapping("/quotes/{quoteId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long quoteId, Actor actor) {
        Quote quote = quotes.quote(quoteId, actor);
        return Attachments.of(pdf.renderQuote(quotes.document(quoteId, actor), quote.getValidUntil()),
                MediaType.APPLICATION_PDF, "offerte-" + quoteId + ".pdf");
    }

    @PostMapping("/quotes/{quoteId}/decline")
    String decline(@PathVariable long quoteId, Actor actor, RedirectAttributes redirect) {
        // A quote no longer open: the exception handler sends the form back to the quote with the refusal.
        quotes.decline(quoteId, actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("quote.declined"));
        return "redirect:/quotes/" + quoteId;
    }

    /** The form is refused, as its submission is, to whoever does no invoicing work for the candidate. */
    private Trajectory drafting(long candidateId, Actor actor) {
        return changes.currentOf(candidateId, DossierChange.INVOICING, actor);
    }

    private String show(Trajectory trajectory, Actor actor, Model model) {
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("customers", customers.of(trajectory.getId(), actor));
        model.addAttribute("spare", LinesForm.SPARE_LINES);
        choices.addTo(model);
        return FORM;
    }
}
