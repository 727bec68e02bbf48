package be.actraject.bpmn.models;

import java.util.List;

/**
 * One row of a first-hit decision table as a coordinator edits it: a FEEL unary test per input of the table (empty
 * for any value), in the table's input order, the yes/no answer and why. The tables edited this way each have their
 * own row type with their own inputs; this is what they have in common, and what is parsed, tried and deployed.
 */
public record RuleRow(List<String> conditions, boolean answer, String description) {

    public RuleRow {
        conditions = conditions.stream().map(c -> c == null ? "" : c.strip()).toList();
        description = description == null ? "" : description.strip();
    }

    /** The condition on the given input, by position. */
    public String condition(int input) {
        return conditions.get(input);
    }

    /** This row alone, with only one condition kept: to find which condition of a row the engine cannot read. */
    RuleRow onlyCondition(int input) {
        List<String> one = new java.util.ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            one.add(i == input ? conditions.get(i) : "");
        }
        return new RuleRow(one, answer, description);
    }
}
