package be.actraject.web.settings;

import be.actraject.bpmn.models.ModelInvalidException;
import be.actraject.bpmn.models.ModelProblem;
import be.actraject.bpmn.models.RuleTableRefusedException;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a rule table's change was refused, in the reader's language: the row and the column's heading where the
 * refusal names them, a case the table fails as the editor names its columns and values (not the table's variables
 * and codes), never the engine's English or the records' own text (that is logged).
 */
@Component
class RuleFailureText {

    private static final Logger LOG = LoggerFactory.getLogger(RuleFailureText.class);
    /** One "variable = value" of a case as the validator names it ({@code cost = 150, payer = COOPERATIVE}). */
    private static final Pattern CASE_PART = Pattern.compile("(\\w+) = ([^,]*)");
    /** The problems whose detail is a case, "variable = value, …". */
    private static final Set<ModelProblem.Code> CASES = Set.of(ModelProblem.Code.RULE_OVERLAP,
            ModelProblem.Code.RULE_SAMPLE_UNANSWERED);
    /** The tables' variables that hold an amount in euro. */
    private static final Set<String> AMOUNTS = Set.of("cost", "amount");

    private final MessageSource messages;

    RuleFailureText(MessageSource messages) {
        this.messages = messages;
    }

    String of(ParameterRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof RuleTableRefusedException r) {
            if (!r.engineText().isEmpty()) {
                // The engine's words are English and technical: for whoever looks into it, not for the reader.
                LOG.info("Rule table change refused, {} row {} {}: {}", r.problem(), r.row(), r.column(),
                        r.engineText());
            }
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
                        new Object[] {detailText(p, locale)}, locale))
                .collect(Collectors.joining(" "))}, locale);
    }

    /**
     * A problem's detail for the editor: a case as its columns and values; a case the table failed at a boundary
     * ("cost = 100, …: the engine's words") as that case alone, the engine's English logged.
     */
    private String detailText(ModelProblem p, Locale locale) {
        if (p.detail() == null) {
            return "";
        }
        if (CASES.contains(p.code())) {
            return caseText(p.detail(), locale);
        }
        if (p.code() == ModelProblem.Code.RULE_BOUNDARY_FAILED) {
            LOG.info("Rule table change refused at a boundary: {}", p.detail());
            int words = p.detail().indexOf(": ");
            return caseText(words < 0 ? p.detail() : p.detail().substring(0, words), locale);
        }
        return p.detail();
    }

    /**
     * A case as the editor shows it: {@code cost = 150, payer = COOPERATIVE, phase = INTAKE} becomes "kostprijs =
     * € 150, wie betaalt = de coöperatie, fase = Intake"; a variable or value without a label stays as it is.
     */
    String caseText(String detail, Locale locale) {
        Matcher part = CASE_PART.matcher(detail);
        StringBuilder text = new StringBuilder();
        while (part.find()) {
            String variable = part.group(1);
            String value = part.group(2).strip();
            String shown = switch (variable) {
                case "payer" -> messages.getMessage("training.payer." + value, null, value, locale);
                case "phase" -> messages.getMessage("phase." + value, null, value, locale);
                default -> AMOUNTS.contains(variable) ? "€ " + amount(value, locale) : value;
            };
            text.append(text.isEmpty() ? "" : ", ").append(messages.getMessage("ruleTable.case." + variable,
                    new Object[] {shown}, variable + " = " + shown, locale));
        }
        return text.isEmpty() ? detail : text.toString();
    }

    private static String amount(String value, Locale locale) {
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(new BigDecimal(value).stripTrailingZeros().scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The row to mark in the table, from 1; 0 for none. */
    static int row(ParameterRefusedException e) {
        return e instanceof RuleTableRefusedException r ? r.row() : 0;
    }
}
