package be.actraject.web.settings;

import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.bpmn.training.TrainingApprovalRule;
import be.actraject.domain.access.Actor;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training-approval rule's table on the parameters page: who pays, the cost and the phase decide whether the
 * coordinator must agree to an enrolment. A refused change shows the page again with the table as typed and the
 * row named; nothing is deployed.
 */
@Controller
class TrainingRuleController {

    private final TrainingApprovalRule rule;
    private final ParametersPage page;
    private final RuleFailureText failureText;

    TrainingRuleController(TrainingApprovalRule rule, ParametersPage page, RuleFailureText failureText) {
        this.rule = rule;
        this.page = page;
        this.failureText = failureText;
    }

    /**
     * The address a refused change leaves in the browser's address bar: opened again (a bookmark, a reload from the
     * address bar, a link sent to a colleague) it is the table on the parameters page, not "method not allowed".
     */
    @GetMapping("/settings/training-rule")
    String table() {
        return "redirect:/settings/parameters#training-rule";
    }

    /** "Add a row": the table again, as typed, with an empty row before the last. */
    @PostMapping(path = "/settings/training-rule", params = "addRow")
    String addRow(@ModelAttribute("trainingRule") TrainingRuleForm form, Actor actor, Model model) {
        form.addRow();
        return page.show(actor, model);
    }

    @PostMapping("/settings/training-rule")
    String change(@ModelAttribute("trainingRule") TrainingRuleForm form, Actor actor, Model model,
                  RedirectAttributes redirect) {
        try {
            rule.change(form.toRows(), form.getReason(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("trainingRule.changed"));
            return "redirect:/settings/parameters#training-rule";
        } catch (ParameterRefusedException e) {
            model.addAttribute("trainingRuleError", failureText.of(e));
            model.addAttribute("trainingRuleErrorRow", RuleFailureText.row(e));
        } catch (ModelInvalidException e) {
            model.addAttribute("trainingRuleError", failureText.of(e));
        }
        return page.show(actor, model);
    }
}
