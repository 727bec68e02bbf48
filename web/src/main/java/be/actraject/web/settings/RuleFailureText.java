package be.actraject.web.settings;

import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.models.RuleTableRefusedException;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a rule table's change was refused, in the reader's language: the row and the column's heading where the
 * refusal names them, the engine's words only where they are the one precise reason, never the records' own text.
 */
@Component
class RuleFailureText {

    private final MessageSource messages;

    RuleFailureText(MessageSource messages) {
        this.messages = messages;
    }

    String of(ParameterRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof RuleTableRefusedException r) {
            String column = r.column().isEmpty() ? "" : messages.getMessage("ruleTable.column." + r.column(), null,
                    locale);
            return messages.getMessage("ruleTable.refused." + r.problem(),
                    new Object[] {String.valueOf(r.row()), column, r.condition(), r.engineText()}, locale);
        }
        return messages.getMessage("approvalRule.refused." + e.reason(),
                new Object[] {e.detail() == null ? "" : e.detail()}, locale);
    }

    /** Each problem as the process room says it. */
    String of(ModelInvalidException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("approvalRule.refused.INVALID", new Object[] {e.report().problems().stream()
                .map(p -> messages.getMessage("model.problem." + p.code(),
                        new Object[] {p.detail() == null ? "" : p.detail()}, locale))
                .collect(Collectors.joining(" "))}, locale);
    }

    /** The row to mark in the table, from 1; 0 for none. */
    static int row(ParameterRefusedException e) {
        return e instanceof RuleTableRefusedException r ? r.row() : 0;
    }
}
