package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.domain.invoice.Quote;
import be.actraject.domain.invoice.QuoteNotFoundException;
import be.actraject.domain.invoice.QuoteStateException;
import be.actraject.domain.invoice.Quotes;
import be.actraject.domain.invoice.UnknownCustomerException;
import be.actraject.domain.invoice.VatCaseRefusedException;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Refusals;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * A new invoice for a candidate in the invoicing phase — typed, or made from an accepted quote — submitted straight to
 * its approval.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/invoices/new")
class InvoiceSubmissionController {

    private static final String VIEW = "invoice/new";

    private final DossierChanges changes;
    private final InvoiceTasks invoices;
    private final Customers customers;
    private final Quotes quotes;
    private final LineChoices choices;

    InvoiceSubmissionController(DossierChanges changes, InvoiceTasks invoices, Customers customers, Quotes quotes,
                                LineChoices choices) {
        this.changes = changes;
        this.invoices = invoices;
        this.customers = customers;
        this.quotes = quotes;
        this.choices = choices;
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, @RequestParam(required = false) Long quote, Actor actor,
                    Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        InvoiceForm form = new InvoiceForm();
        if (quote != null) {
            Quote accepted = quotes.quote(quote, actor);
            if (!accepted.getTrajectoryId().equals(trajectory.getId())) {
                throw new QuoteNotFoundException(quote);
            }
            try {
                form = InvoiceForm.of(quotes.invoiceDraft(quote, actor));
                form.setQuoteId(quote);
            } catch (QuoteStateException e) {
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("quote.notOpen"));
                return "redirect:/quotes/" + quote;
            }
        }
        form.addSpareLines(quote == null ? 3 : LinesForm.SPARE_LINES);
        model.addAttribute("invoice", form);
        return show(trajectory, actor, model);
    }

    /** "Add lines": the form again, as typed, with room for more. */
    // With its BindingResult: a line typed "abc" comes back with its message and the form as typed, not a 400.
    @PostMapping(params = "addLines")
    String addLines(@PathVariable long candidateId, @ModelAttribute("invoice") InvoiceForm form, BindingResult typed,
                    Actor actor,
                    Model model) {
        form.addSpareLines(3);
        return show(trajectory(candidateId, actor), actor, model);
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("invoice") InvoiceForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        List<Customer> recorded = customers.of(trajectory.getId(), actor);
        form.resolveCustomer(recorded, result);
        form.validateSupply(result);
        form.validateLines(result, choices.addTo(model));
        if (!result.hasErrors()) {
            try {
                if (form.getQuoteId() == null) {
                    invoices.submit(trajectory.getId(), form.toDraft(), actor);
                } else {
                    invoices.submitFromQuote(form.getQuoteId(), form.toDraft(), actor);
                }
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoice.submitted"));
                return "redirect:/candidates/" + candidateId + "#invoices";
            } catch (UnknownCustomerException e) {
                result.rejectValue("customerId", "invoice.customer.unknown");
            } catch (VatCaseRefusedException e) {
                form.reject(e, result);
            } catch (RefusedException e) {
                Refusals.reject(result, e);
            } catch (InvalidInvoiceException e) {
                result.reject("einvoice.invalid." + e.reason());
            }
        }
        form.addSpareLines(1);
        return show(trajectory, actor, model);
    }

    /** The form is refused, as its submission is, to whoever does no invoicing work for the candidate. */
    private Trajectory trajectory(long candidateId, Actor actor) {
        return changes.currentOf(candidateId, DossierChange.INVOICING, actor);
    }

    private String show(Trajectory trajectory, Actor actor, Model model) {
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("customers", customers.of(trajectory.getId(), actor));
        choices.addTo(model);
        return VIEW;
    }
}
