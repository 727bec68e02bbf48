package be.actraject.web.earnings;

import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.earnings.ActivityCosts;
import be.actraject.domain.earnings.InvalidCostException;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.trajectory.DossierChanges;
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
 * Recording a cost of the candidate's activity from the dossier; back to the dossier with the reason when refused
 * and what was typed kept.
 */
@Controller
class CostController {

    private final ActivityCosts costs;
    private final DossierChanges changes;
    private final Numbers numbers;
    private final Clock clock;

    CostController(ActivityCosts costs, DossierChanges changes, Numbers numbers, Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.costs = costs;
        this.changes = changes;
    }

    @PostMapping("/candidates/{candidateId}/costs")
    String record(@PathVariable long candidateId,
                  @RequestParam(required = false) String spentOn,
                  @RequestParam(required = false) String description,
                  @RequestParam(required = false) String amount, Actor actor, RedirectAttributes redirect) {
        long trajectory = changes.currentOf(candidateId, DossierChange.INVOICING, actor).getId();
        try {
            // Text that is no amount in the user's language goes on as none: the domain refuses it as an amount.
            BigDecimal typed = numbers.typed(amount, NumberKind.MONEY).orElse(null);
            LocalDate day = TypedDates.within(TypedDates.iso(spentOn), DateWindow.COST, clock);
            costs.record(trajectory, day, description, typed, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("cost.recorded"));
        } catch (InvalidCostException | DateTimeParseException | DateOutsideWindowException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, e instanceof InvalidCostException refused
                    ? Flash.warning(refused.messageKey())
                    : e instanceof DateOutsideWindowException outside
                    ? Flash.warning(outside.messageKey(), outside.messageArguments())
                    : Flash.warning(TypedDates.INVALID));
            redirect.addFlashAttribute("typedCostOn", spentOn);
            redirect.addFlashAttribute("typedCostDescription", description);
            redirect.addFlashAttribute("typedCostAmount", amount);
            redirect.addFlashAttribute("openForm", "cost");
        }
        return "redirect:/candidates/" + candidateId + "#earnings";
    }
}
