package be.actraject.bpmn.models;

import be.actraject.bpmn.models.ModelProblem.Code;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the validator asks of a DMN file that replaces one of the product's yes/no rules ({@link EditableRuleTable}):
 * the process asks the table a yes/no question, so its one output must be a boolean and every rule must answer true
 * or false; and the table must answer each of the rule's sample cases ({@link RuleTableSpec#samples()}), tried by the
 * DMN engine as the row editor tries a change ({@link RuleTableTrial}). Without this a table deployed as a file in the
 * process room would only be caught at run time, where an unanswered case falls to the coordinator.
 */
final class RuleTableCheck {

    private static final String DMN = ModelValidator.DMN_NS;
    private static final Set<String> YES_NO = Set.of("true", "false");
    /**
     * The hit policies that give one result for a single output; an absent attribute is UNIQUE by the standard. The
     * others (COLLECT with or without aggregation, RULE ORDER, OUTPUT ORDER) give a list, which the process cannot
     * read as yes or no: the engine fails with DMN-01011 at the enrolment or invoice.
     */
    private static final Set<String> ONE_RESULT = Set.of("", "UNIQUE", "FIRST", "ANY", "PRIORITY");

    /** The DMN input types that hold numbers: their cells' numbers are the boundaries tried. */
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "double");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** The engine's codes for more than one matching row where UNIQUE allows one, or ANY rows answering apart. */
    private static final Pattern HIT_POLICY_VIOLATION = Pattern.compile("DMN-0300[12]");

    private RuleTableCheck() {
    }

    /**
     * @param decision the table's decision element, already read by the engine's parser without complaint
     * @param xml      the whole file
     */
    static void check(RuleTableSpec spec, Element decision, String xml, RuleTableTrial trial,
                      List<ModelProblem> problems) {
        List<ModelProblem> found = new ArrayList<>();
        oneResult(decision, found);
        yesNo(decision, found);
        // Overlapping rows first: at a sample case the trial would only report the engine's words.
        if (found.isEmpty()) {
            boundaries(spec, decision, xml, trial, true, found);
        }
        if (found.isEmpty()) {
            tryOut(spec, decision.getAttribute("id"), xml, trial, found);
        }
        if (found.isEmpty()) {
            boundaries(spec, decision, xml, trial, false, found);
        }
        problems.addAll(found);
    }

    /** A hit policy that gives one answer, not a list of them. */
    private static void oneResult(Element decision, List<ModelProblem> problems) {
        for (Element table : children(decision, "decisionTable")) {
            String policy = table.getAttribute("hitPolicy").strip();
            String aggregation = table.getAttribute("aggregation").strip();
            if (!ONE_RESULT.contains(policy) || !aggregation.isEmpty()) {
                problems.add(new ModelProblem(Code.RULE_SEVERAL_RESULTS, table.getAttribute("id"),
                        aggregation.isEmpty() ? policy : policy + " " + aggregation));
            }
        }
    }

    /** One output, declared boolean, and true or false in every rule. */
    private static void yesNo(Element decision, List<ModelProblem> problems) {
        List<Element> outputs = children(decision, "output");
        if (outputs.size() != 1) {
            problems.add(new ModelProblem(Code.RULE_NOT_YES_NO, decision.getAttribute("id"),
                    outputs.size() + " outputs"));
            return;
        }
        Element output = outputs.get(0);
        String type = output.getAttribute("typeRef").strip();
        if (!"boolean".equals(type)) {
            problems.add(new ModelProblem(Code.RULE_NOT_YES_NO, output.getAttribute("id"),
                    type.isEmpty() ? "typeRef" : "typeRef " + type));
        }
        NodeList entries = decision.getElementsByTagNameNS(DMN, "outputEntry");
        for (int i = 0; i < entries.getLength(); i++) {
            String answer = entries.item(i).getTextContent().strip();
            if (!YES_NO.contains(answer)) {
                Node rule = entries.item(i).getParentNode();
                problems.add(new ModelProblem(Code.RULE_NOT_YES_NO,
                        rule instanceof Element e ? e.getAttribute("id") : null, answer));
            }
        }
    }

    private static void tryOut(RuleTableSpec spec, String decisionId, String xml, RuleTableTrial trial,
                               List<ModelProblem> problems) {
        try {
            trial.tryOut(spec, xml, RuleTableXml.rows(xml));
        } catch (RuleTableRefusedException e) {
            problems.add(e.problem() == RuleTableRefusedException.Problem.NO_ANSWER
                    ? new ModelProblem(Code.RULE_SAMPLE_UNANSWERED, decisionId, unanswered(spec, xml, trial))
                    : new ModelProblem(Code.ENGINE, decisionId, e.engineText()));
        } catch (RuntimeException e) {
            // A table of another shape than the rule's (fewer inputs, say) fails while the trial looks for the row.
            problems.add(new ModelProblem(Code.ENGINE, decisionId, EngineText.readable(e.getMessage())));
        }
    }

    /**
     * The table decides without an error at every number written in its numeric cells, just beside it (±0.01, ±1 for
     * a whole-number input) and at 0, each with every combination of the other inputs' sample values. Rows of a
     * UNIQUE or ANY table that overlap only between the sample cases (rows {@code [100..200]} and {@code >= 150},
     * samples at 0, 50 and 500) would otherwise pass and fail at run time with DMN-03001 or DMN-03002.
     *
     * @param overlapsOnly report only rows that overlap (the sample cases tried too), not other failures: those
     *                     the trial names by row and column, once this found no overlap
     */
    private static void boundaries(RuleTableSpec spec, Element decision, String xml, RuleTableTrial trial,
                                   boolean overlapsOnly, List<ModelProblem> problems) {
        List<Element> inputs = children(decision, "input");
        List<Element> rules = children(decision, "rule");
        List<Map<String, Object>> cases = new ArrayList<>();
        if (overlapsOnly) {
            spec.samples().forEach(sample -> cases.add(new TreeMap<>(sample)));
        }
        for (int i = 0; i < inputs.size(); i++) {
            List<Element> expressions = children(inputs.get(i), "inputExpression");
            if (expressions.isEmpty()) {
                continue;
            }
            String type = expressions.get(0).getAttribute("typeRef").strip();
            String variable = expressions.get(0).getTextContent().strip();
            if (!NUMBER_TYPES.contains(type)) {
                continue;
            }
            boolean whole = !"double".equals(type);
            Set<BigDecimal> values = new TreeSet<>();
            values.add(BigDecimal.ZERO);
            for (Element rule : rules) {
                List<Element> entries = children(rule, "inputEntry");
                if (i >= entries.size()) {
                    continue;
                }
                Matcher number = NUMBER.matcher(entries.get(i).getTextContent());
                while (number.find()) {
                    BigDecimal n = new BigDecimal(number.group());
                    BigDecimal step = whole ? BigDecimal.ONE : CENT;
                    values.addAll(List.of(n, n.subtract(step), n.add(step)));
                }
            }
            for (BigDecimal value : values) {
                if (whole && value.stripTrailingZeros().scale() > 0) {
                    continue;
                }
                Object typed = whole ? (Object) value.longValue() : (Object) value.doubleValue();
                if ("integer".equals(type)) {
                    typed = value.intValue();
                }
                for (Map<String, Object> sample : spec.samples()) {
                    Map<String, Object> at = new TreeMap<>(sample);
                    at.put(variable, typed);
                    if (!cases.contains(at)) {
                        cases.add(at);
                    }
                }
            }
        }
        RuleTableTrial.Failure failure = trial.firstFailure(xml, cases);
        if (failure == null) {
            return;
        }
        String at = describe(failure.at());
        if (HIT_POLICY_VIOLATION.matcher(String.valueOf(failure.error().getMessage())).find()) {
            problems.add(new ModelProblem(Code.RULE_OVERLAP, decision.getAttribute("id"), at));
        } else if (!overlapsOnly) {
            problems.add(new ModelProblem(Code.RULE_BOUNDARY_FAILED, decision.getAttribute("id"),
                    at + ": " + EngineText.readable(failure.error().getMessage())));
        }
    }

    /** A case as "name = value, …", numbers without trailing zeros, to name it in a refusal. */
    private static String describe(Map<String, Object> at) {
        return at.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + (e.getValue() instanceof Number n
                        ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The first sample case the table leaves unanswered, as "name = value, …", to name it in the refusal. */
    private static String unanswered(RuleTableSpec spec, String xml, RuleTableTrial trial) {
        for (Map<String, Object> sample : spec.samples()) {
            if (!trial.answers(xml, sample)) {
                return sample.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
            }
        }
        return "";
    }

    private static List<Element> children(Element decision, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = decision.getElementsByTagNameNS(DMN, name);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }
}
