package be.actraject.web.settings;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.models.AmountCondition;
import be.actraject.bpmn.models.ApprovalRule;
import be.actraject.bpmn.models.RuleTableRefusedException;
import be.actraject.bpmn.parameters.ParameterSettings;
import be.actraject.bpmn.training.TrainingApprovalRule;
import be.actraject.domain.access.Actor;
import be.actraject.domain.training.Payer;
import be.actraject.workflow.Phase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The parameters page as a whole: the parameters and the rule tables each have their own form and controller, and a
 * refused change shows the whole page again with what was typed in the form that was refused and the current values
 * in the others.
 */
@Component
class ParametersPage {

    static final String VIEW = "settings/parameters";

    private final ParameterSettings settings;
    private final ApprovalRule approvalRule;
    private final TrainingApprovalRule trainingRule;
    private final Accounts accounts;
    private final MessageSource messages;
    private final RuleFailureText failureText;

    ParametersPage(ParameterSettings settings, ApprovalRule approvalRule, TrainingApprovalRule trainingRule,
                   Accounts accounts, MessageSource messages, RuleFailureText failureText) {
        this.settings = settings;
        this.approvalRule = approvalRule;
        this.trainingRule = trainingRule;
        this.accounts = accounts;
        this.messages = messages;
        this.failureText = failureText;
    }

    /** Fills what the model does not hold yet (a form as typed stays) and names the view. */
    String show(Actor actor, Model model) {
        model.addAttribute("settings", settings.all(actor));
        model.addAttribute("history", settings.history(actor));
        if (!model.containsAttribute("ruleTable")) {
            model.addAttribute("ruleTable", RuleTableForm.of(rowsOrSaid(approvalRule::rows, "ruleError", model),
                    amountShown(), descriptionShown()));
        }
        if (!model.containsAttribute("trainingRule")) {
            model.addAttribute("trainingRule", TrainingRuleForm.of(
                    rowsOrSaid(trainingRule::rows, "trainingRuleError", model), amountShown(), descriptionShown()));
        }
        model.addAttribute("payers", names(Payer.values()));
        model.addAttribute("phases", names(Phase.values()));
        model.addAttribute("people", accounts.displayNames());
        return VIEW;
    }

    /**
     * The table's rows; none, with the reason in the table's error, when its latest version is no table the editor
     * can write rows into (deployed in the process room as something else): the rest of the page still works.
     */
    private <T> List<T> rowsOrSaid(Supplier<List<T>> rows, String errorAttribute, Model model) {
        try {
            return rows.get();
        } catch (RuleTableRefusedException e) {
            if (!model.containsAttribute(errorAttribute)) {
                model.addAttribute(errorAttribute, failureText.of(e));
            }
            return List.of();
        }
    }

    /**
     * Amounts are saved in FEEL, with a decimal point; a Dutch reader sees (and types back) a decimal comma, which the
     * rule tables read as such. The English page keeps the point, which they read too.
     */
    private static UnaryOperator<String> amountShown() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? UnaryOperator.identity()
                : AmountCondition::withDecimalComma;
    }

    /**
     * The shipped tables describe their rows in English (the models' language); the reader sees them in their own,
     * from the bundle, keyed by the English text. A description a coordinator wrote is shown as written.
     */
    private UnaryOperator<String> descriptionShown() {
        return d -> d == null || d.isBlank() ? d : messages.getMessage(
                "ruleTable.shipped." + d.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), null, d,
                LocaleContextHolder.getLocale());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
