package be.actraject.web.invoice;

import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.invoice.NotInvoicingException;
import be.actraject.domain.invoice.UnknownCustomerException;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** A new invoice for a candidate in the invoicing phase, submitted straight to its approval. */
@Controller
@RequestMapping("/candidates/{candidateId}/invoices/new")
class InvoiceSubmissionController {

    private static final String VIEW = "invoice/new";

    private final Caseload caseload;
    private final InvoiceTasks invoices;
    private final Customers customers;

    InvoiceSubmissionController(Caseload caseload, InvoiceTasks invoices, Customers customers) {
        this.caseload = caseload;
        this.invoices = invoices;
        this.customers = customers;
    }

    @ModelAttribute("vatRates")
    VatRate[] vatRates() {
        return VatRate.values();
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        Trajectory trajectory = trajectory(candidateId, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("customers", customers.of(trajectory.getId(), actor));
        model.addAttribute("invoice", new InvoiceForm());
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("invoice") InvoiceForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectory(candidateId, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        List<Customer> recorded = customers.of(trajectory.getId(), actor);
        model.addAttribute("customers", recorded);
        form.resolveCustomer(recorded, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            invoices.submit(trajectory.getId(), form.toDraft(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoice.submitted"));
            return "redirect:/candidates/" + candidateId;
        } catch (NotInvoicingException e) {
            result.reject("invoice.notInvoicing");
        } catch (UnknownCustomerException e) {
            result.rejectValue("customerId", "invoice.customer.unknown");
        }
        return VIEW;
    }

    private Trajectory trajectory(long candidateId, Actor actor) {
        return caseload.currentOf(candidateId, actor);
    }
}
