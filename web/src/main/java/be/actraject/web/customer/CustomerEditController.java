package be.actraject.web.customer;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.Customer;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.customer.CustomerNotFoundException;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.customer.InvalidCustomerException;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.system.Flash;
import be.actraject.web.system.Violations;
import jakarta.validation.ConstraintViolationException;
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

/**
 * Correcting a recorded customer (issue 18, F1): the form and checks of {@link CustomerController}, for whoever may
 * add one; a refusal comes back beside its field with everything typed kept.
 */
@Controller
@RequestMapping("/candidates/{candidateId}/customers/{customerId}/edit")
class CustomerEditController {

    private static final String VIEW = "customer/edit";

    private final DossierChanges changes;
    private final Customers customers;

    CustomerEditController(DossierChanges changes, Customers customers) {
        this.changes = changes;
        this.customers = customers;
    }

    @ModelAttribute("kinds")
    CustomerKind[] kinds() {
        return CustomerKind.values();
    }

    @ModelAttribute("languages")
    CustomerLanguage[] languages() {
        return CustomerLanguage.values();
    }

    @GetMapping
    String initForm(@PathVariable long candidateId, @PathVariable long customerId, Actor actor, Model model) {
        Trajectory trajectory = candidate(candidateId, customerId, actor, model);
        Customer customer = customers.byId(customerId)
                .filter(c -> c.getTrajectoryId().equals(trajectory.getId()))
                .orElseThrow(() -> new CustomerNotFoundException(customerId));
        model.addAttribute("customer", CustomerForm.of(customer));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @PathVariable long customerId,
                       @Valid @ModelAttribute("customer") CustomerForm form, BindingResult result, Actor actor,
                       Model model, RedirectAttributes redirect) {
        Trajectory trajectory = candidate(candidateId, customerId, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            customers.change(trajectory.getId(), customerId, form.toDetails(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("customer.changed", form.getName().strip()));
            return "redirect:/candidates/" + candidateId + "#customers";
        } catch (InvalidCustomerException e) {
            result.rejectValue(CustomerController.fieldOf(e.reason()), e.messageKey());
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return VIEW;
    }

    /** Refused, as its submission is, to whoever does no invoicing work for the candidate. */
    private Trajectory candidate(long candidateId, long customerId, Actor actor, Model model) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.INVOICING, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        model.addAttribute("customerId", customerId);
        return trajectory;
    }
}
