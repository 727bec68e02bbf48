package be.actraject.web.customer;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.CustomerLanguage;
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

/** Adding a customer to a candidate's activity; refused numbers come back beside their field, the rest kept. */
@Controller
@RequestMapping("/candidates/{candidateId}/customers/new")
class CustomerController {

    private static final String VIEW = "customer/new";

    private final DossierChanges changes;
    private final Customers customers;

    CustomerController(DossierChanges changes, Customers customers) {
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
    String initForm(@PathVariable long candidateId, Actor actor, Model model) {
        candidate(candidateId, actor, model);
        model.addAttribute("customer", new CustomerForm());
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long candidateId, @Valid @ModelAttribute("customer") CustomerForm form,
                       BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = candidate(candidateId, actor, model);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            customers.add(trajectory.getId(), form.toDetails(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("customer.added", form.getName().strip()));
            return "redirect:/candidates/" + candidateId + "#customers";
        } catch (InvalidCustomerException e) {
            result.rejectValue(fieldOf(e.reason()), e.messageKey());
        } catch (ConstraintViolationException e) {
            Violations.rejectInto(e, result);
        }
        return VIEW;
    }

    static String fieldOf(InvalidCustomerException.Reason reason) {
        return switch (reason) {
            case ENTERPRISE_NUMBER, SELF -> "enterpriseNumber";
            case VAT_NUMBER -> "vatNumber";
            case PEPPOL_ID, PEPPOL_COUNTRY, PEPPOL_NOT_OWN -> "peppolId";
            case COUNTRY, COUNTRY_CODE -> "countryCode";
        };
    }

    /** The form is refused, as its submission is, to whoever does no invoicing work for the candidate. */
    private Trajectory candidate(long candidateId, Actor actor, Model model) {
        Trajectory trajectory = changes.currentOf(candidateId, DossierChange.INVOICING, actor);
        model.addAttribute("candidate", trajectory.getCandidate());
        return trajectory;
    }
}
