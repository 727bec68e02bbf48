package be.actraject.bpmn.models;

import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.workflow.ProcessKeys;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invoice-approval rule edited as the table it is: each row a condition on the invoices already issued and one on
 * the amount (FEEL unary tests such as {@code < 3} or {@code > 2500}, empty for any), whether the coordinator approves
 * too, and why; the first row that matches decides. A change is checked and deployed by {@link RuleTables}; every
 * approval decided afterwards uses the new version, running invoices included.
 */
@Service
public class ApprovalRule implements EditableRuleTable {

    static final RuleTableSpec SPEC = new RuleTableSpec(ProcessKeys.INVOICE_APPROVAL_RULE,
            "invoice-approval-rule.dmn", List.of("issuedCount", "amount"), Set.of("amount"),
            Set.of("issuedCount"), samples());

    /** One row of the table. */
    public record Row(String issuedCount, String amount, boolean coordinatorToo, String description) {

        public Row {
            issuedCount = issuedCount == null ? "" : issuedCount.strip();
            amount = amount == null ? "" : amount.strip();
            description = description == null ? "" : description.strip();
        }
    }

    private final RuleTables tables;

    public ApprovalRule(RuleTables tables) {
        this.tables = tables;
    }

    @Override
    public RuleTableSpec spec() {
        return SPEC;
    }

    /** The rows of the latest version of the table. */
    public List<Row> rows() {
        return tables.rows(SPEC).stream()
                .map(r -> new Row(r.condition(0), r.condition(1), r.answer(), r.description())).toList();
    }

    /**
     * @throws ParameterRefusedException NO_REASON, UNCHANGED, or a {@link RuleTableRefusedException} naming the row
     */
    public void change(List<Row> rows, String reason, Actor actor) {
        tables.change(SPEC, rows.stream().map(r -> new RuleRow(List.of(r.issuedCount(), r.amount()),
                r.coordinatorToo(), r.description())).toList(), reason, actor);
    }

    /** A candidate's first invoices and later ones, each small, at the usual threshold and far above it. */
    private static List<Map<String, Object>> samples() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int issued : new int[]{0, 1, 5, 50}) {
            for (double amount : new double[]{0.01, 250, 2500, 2500.01, 100_000}) {
                samples.add(Map.of("issuedInvoiceCount", issued, "amount", amount));
            }
        }
        return List.copyOf(samples);
    }
}
