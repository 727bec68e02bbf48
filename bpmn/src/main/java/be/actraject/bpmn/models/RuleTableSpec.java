package be.actraject.bpmn.models;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes one editable decision table its own: its key and resource, its inputs (each named as the form names its
 * column, which is also how a refusal names it), which inputs hold amounts in euro (typed with a decimal comma), and
 * the sample facts the engine must answer for before a change is deployed — one per kind of case the process asks
 * it about, so that a table that leaves one unanswered is refused.
 *
 * @param columns       one per input of the table, in the table's order
 * @param amountColumns the columns of {@code columns} that hold an amount in euro
 * @param countColumns  the columns of {@code columns} that hold a count (whole numbers of 0 or more)
 * @param samples       the facts the table is tried with, by the table's input variable names
 */
public record RuleTableSpec(String decisionKey, String resourceName, List<String> columns, Set<String> amountColumns,
                            Set<String> countColumns, List<Map<String, Object>> samples) {

    public RuleTableSpec {
        columns = List.copyOf(columns);
        amountColumns = Set.copyOf(amountColumns);
        countColumns = Set.copyOf(countColumns);
        samples = List.copyOf(samples);
    }

    /** A table without count columns. */
    public RuleTableSpec(String decisionKey, String resourceName, List<String> columns, Set<String> amountColumns,
                         List<Map<String, Object>> samples) {
        this(decisionKey, resourceName, columns, amountColumns, Set.of(), samples);
    }
}
