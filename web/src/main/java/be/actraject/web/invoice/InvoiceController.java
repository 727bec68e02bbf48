package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.domain.RefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.InvalidInvoiceException;
import be.actraject.domain.invoice.CreditNoteRefusedException;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceDocumentUnavailableException;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.invoice.InvoiceStatus;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.PaymentState;
import be.actraject.domain.invoice.Payments;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Refusals;
import be.actraject.workflow.Phase;
import jakarta.validation.Valid;
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
import java.util.List;

/**
 * One invoice or credit note: its lines and totals, customer, payments and documents, the credit notes made for it —
 * and the form of a new credit note, since an issued invoice itself never changes.
 */
@Controller
class InvoiceController {

    private static final String VIEW = "invoice/show";
    private static final String CREDIT_VIEW = "invoice/credit-note";

    private final Invoices invoices;
    private final InvoiceTasks tasks;
    private final Payments payments;
    private final Customers customers;
    private final Caseload caseload;
    private final DossierChanges changes;
    private final LineChoices choices;
    private final Clock clock;

    InvoiceController(Invoices invoices, InvoiceTasks tasks, Payments payments, Customers customers,
                      Caseload caseload, DossierChanges changes, LineChoices choices, Clock clock) {
        this.changes = changes;
        this.invoices = invoices;
        this.tasks = tasks;
        this.payments = payments;
        this.customers = customers;
        this.caseload = caseload;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * The message key's suffix of why there is no e-invoice, or null: a business without a recorded Peppol address is
     * told apart from a consumer, whom Peppol does not reach at all.
     */
    static String noUblKey(InvoiceDocumentUnavailableException.Reason reason, Customer customer) {
        if (reason == null || reason == InvoiceDocumentUnavailableException.Reason.NOT_ISSUED) {
            return null;
        }
        if (reason == InvoiceDocumentUnavailableException.Reason.NOT_ON_PEPPOL
                && customer.getKind() != CustomerKind.CONSUMER) {
            return "NO_PEPPOL_ADDRESS";
        }
        return reason.name();
    }

    @GetMapping("/invoices/{invoiceId}")
    String show(@PathVariable long invoiceId, Actor actor, Model model) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        Trajectory trajectory = caseload.trajectory(invoice.getTrajectoryId(), actor);
        model.addAttribute("invoice", invoice);
        model.addAttribute("candidate", trajectory.getCandidate());
        Customer customer = customerOf(invoice, actor);
        model.addAttribute("customer", customer);
        InvoiceDocumentUnavailableException.Reason noUbl = InvoiceDocuments.noPeppolDocument(invoice, customer);
        model.addAttribute("noUbl", noUblKey(noUbl, customer));
        List<Invoice> ofTrajectory = invoices.of(trajectory.getId(), actor);
        model.addAttribute("creditNotes", ofTrajectory.stream()
                .filter(i -> invoice.getId().equals(i.getCreditedInvoiceId())).toList());
        model.addAttribute("credited", invoice.isCreditNote()
                ? invoices.invoice(invoice.getCreditedInvoiceId(), actor) : null);
        PaymentState paymentState = invoice.getStatus() == InvoiceStatus.ISSUED && !invoice.isCreditNote()
                ? payments.of(invoice) : null;
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("paymentState", paymentState);
        model.addAttribute("paymentStatus", paymentState == null ? null : paymentState.status(today));
        model.addAttribute("today", today);
        model.addAttribute("mayCredit", mayCredit(invoice, trajectory, actor));
        model.addAttribute("mayRegisterPayment", changes.may(trajectory, DossierChange.PAYMENT_FOLLOW_UP, actor));
        // As the dossier's customer list offers it: whoever may add a customer to an active trajectory.
        model.addAttribute("mayEditCustomer", customer != null && trajectory.isActive()
                && changes.may(trajectory, DossierChange.INVOICING, actor));
        return VIEW;
    }

    @GetMapping("/invoices/{invoiceId}/credit-notes/new")
    String initCreditNote(@PathVariable long invoiceId, Actor actor, Model model, RedirectAttributes redirect) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        if (!mayCredit(invoice, crediting(invoice, actor), actor)) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(refusal(invoice)));
            return "redirect:/invoices/" + invoiceId;
        }
        CreditNoteForm form = CreditNoteForm.of(invoice);
        model.addAttribute("creditNote", form);
        return showCreditNote(invoice, model);
    }

    // With its BindingResult: a line typed "abc" comes back with its message and the form as typed, not a 400.
    @PostMapping(path = "/invoices/{invoiceId}/credit-notes/new", params = "addLines")
    String addLines(@PathVariable long invoiceId, @ModelAttribute("creditNote") CreditNoteForm form, BindingResult typed,
                    Actor actor,
                    Model model) {
        form.addSpareLines(3);
        Invoice invoice = invoices.invoice(invoiceId, actor);
        crediting(invoice, actor);
        return showCreditNote(invoice, model);
    }

    @PostMapping("/invoices/{invoiceId}/credit-notes/new")
    String submitCreditNote(@PathVariable long invoiceId, @Valid @ModelAttribute("creditNote") CreditNoteForm form,
                            BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Invoice invoice = invoices.invoice(invoiceId, actor);
        // Refused before the lines are judged: a form full of mistakes is no way around the rule.
        crediting(invoice, actor);
        if ("creditNote.refused.NOTHING_LEFT".equals(refusal(invoice))) {
            // Posted from a page opened before the last credit note: back to the invoice, which says why.
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("creditNote.refused.NOTHING_LEFT"));
            return "redirect:/invoices/" + invoiceId;
        }
        form.validateLines(result, choices.addTo(model));
        if (!result.hasErrors()) {
            try {
                tasks.submitCreditNote(invoiceId, form.toDraft(), actor);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("creditNote.submitted",
                        invoice.getNumber()));
                return "redirect:/invoices/" + invoiceId;
            } catch (CreditNoteRefusedException e) {
                form.reject(e, result);
            } catch (RefusedException e) {
                Refusals.reject(result, e);
            } catch (InvalidInvoiceException e) {
                result.reject("einvoice.invalid." + e.reason());
            }
        }
        form.addSpareLines(1);
        return showCreditNote(invoice, model);
    }

    /** Why no credit note is drafted here: the invoice is credited in full already, or it is no issued invoice. */
    private String refusal(Invoice invoice) {
        return invoice.getStatus() == InvoiceStatus.ISSUED && !invoice.isCreditNote()
                && invoices.leftToCredit(invoice).signum() <= 0
                ? "creditNote.refused.NOTHING_LEFT" : "creditNote.refused.NOT_ISSUED";
    }

    private String showCreditNote(Invoice invoice, Model model) {
        model.addAttribute("invoice", invoice);
        model.addAttribute("leftToCredit", invoices.leftToCredit(invoice));
        choices.addTo(model);
        return CREDIT_VIEW;
    }

    private Customer customerOf(Invoice invoice, Actor actor) {
        return invoice.getCustomerId() == null ? null : customers.of(invoice.getTrajectoryId(), actor).stream()
                .filter(c -> c.getId().equals(invoice.getCustomerId())).findFirst().orElse(null);
    }

    /** The credit note's form is refused, as its submission is, to whoever does no invoicing work for the candidate. */
    private Trajectory crediting(Invoice invoice, Actor actor) {
        return changes.trajectory(invoice.getTrajectoryId(), DossierChange.INVOICING, actor);
    }

    /**
     * An issued invoice (no credit note) with something left to credit, of a candidate still invoicing, for those who
     * do its invoicing work.
     */
    private boolean mayCredit(Invoice invoice, Trajectory trajectory, Actor actor) {
        return invoice.getStatus() == InvoiceStatus.ISSUED && !invoice.isCreditNote() && trajectory.isActive()
                && trajectory.getPhase() == Phase.INVOICING && changes.may(trajectory, DossierChange.INVOICING, actor)
                && invoices.leftToCredit(invoice).signum() > 0;
    }
}
