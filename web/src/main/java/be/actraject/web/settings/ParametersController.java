package be.actraject.web.settings;

import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.parameters.Parameter;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.domain.access.Actor;
import be.actraject.web.number.Numbers;
import be.actraject.web.system.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The coordinator's parameters without XML: each with its current value, the configured default, its last change and
 * whom a change reaches; a change needs a reason and is refused, with the typed value kept, when it does not fit.
 * The invoice-approval rule is a table of rows here; the training-approval rule has its own controller
 * ({@link TrainingRuleController}) on the same page ({@link ParametersPage}).
 */
@Controller
class ParametersController {

    private final ParameterSettings settings;
    private final ApprovalRule approvalRule;
    private final ParametersPage page;
    private final RuleFailureText failureText;
    private final Numbers numbers;

    ParametersController(ParameterSettings settings, ApprovalRule approvalRule, ParametersPage page,
                         RuleFailureText failureText, Numbers numbers) {
        this.settings = settings;
        this.approvalRule = approvalRule;
        this.page = page;
        this.failureText = failureText;
        this.numbers = numbers;
    }

    @GetMapping("/settings/parameters")
    String show(Actor actor, Model model) {
        return page.show(actor, model);
    }

    /**
     * The addresses a refused change leaves in the address bar (a parameter's, the approval rule's): opened again they
     * are the parameters page at that place, not "method not allowed".
     */
    @GetMapping("/settings/parameters/{key}")
    String parameter(@PathVariable String key) {
        Parameter.byKey(key).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return "redirect:/settings/parameters#" + key;
    }

    @GetMapping("/settings/approval-rule")
    String approvalRuleTable() {
        return "redirect:/settings/parameters#approval-rule";
    }

    @PostMapping("/settings/parameters/{key}")
    String change(@PathVariable String key, @RequestParam(required = false) String value,
                  @RequestParam(required = false) String reason, Actor actor, Model model,
                  RedirectAttributes redirect) {
        Parameter parameter = Parameter.byKey(key).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        try {
            // An amount is typed in the user's language (2,50) and kept plainly (2.50); what does not read as a
            // number is refused here with the typed value.
            String plain = value;
            if (parameter.type() == Parameter.Type.AMOUNT) {
                // Not the settings' new BigDecimal(text): that reads 1e3 and ١٢, which nobody types.
                plain = numbers.plain(value).orElseThrow(() -> new ParameterRefusedException(
                        ParameterRefusedException.Reason.FORMAT, value == null ? "" : value));
            }
            settings.change(parameter, plain, reason, actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("parameter.changed." + parameter.effect(),
                    key));
            return "redirect:/settings/parameters#" + key;
        } catch (ParameterRefusedException e) {
            model.addAttribute("failedKey", key);
            model.addAttribute("failure", e);
            model.addAttribute("typedValue", value);
            model.addAttribute("typedReason", reason);
        }
        return show(actor, model);
    }

    /** "Add a row": the table again, as typed, with an empty row before the last. */
    @PostMapping(path = "/settings/approval-rule", params = "addRow")
    String addRow(@ModelAttribute("ruleTable") RuleTableForm form, Actor actor, Model model) {
        form.addRow();
        return show(actor, model);
    }

    @PostMapping("/settings/approval-rule")
    String changeRule(@ModelAttribute("ruleTable") RuleTableForm form, Actor actor, Model model,
                      RedirectAttributes redirect) {
        try {
            approvalRule.change(form.toRows(), form.getReason(), actor);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("approvalRule.changed"));
            return "redirect:/settings/parameters#approval-rule";
        } catch (ParameterRefusedException e) {
            model.addAttribute("ruleError", failureText.of(e));
            model.addAttribute("ruleErrorRow", RuleFailureText.row(e));
        } catch (ModelInvalidException e) {
            model.addAttribute("ruleError", failureText.of(e));
        }
        return show(actor, model);
    }
}
