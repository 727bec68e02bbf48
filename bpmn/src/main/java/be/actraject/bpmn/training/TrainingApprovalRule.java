package be.actraject.bpmn.training;

import be.actraject.bpmn.models.EditableRuleTable;
import be.actraject.bpmn.models.RuleRow;
import be.actraject.bpmn.models.RuleTableRefusedException;
import be.actraject.bpmn.models.RuleTableSpec;
import be.actraject.bpmn.models.RuleTables;
import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.training.Payer;
import be.actraject.workflow.Phase;
import be.actraject.workflow.ProcessKeys;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The training-approval rule edited as the table it is: each row who pays (some payers, or any), the cost in euro (a
 * FEEL unary test such as {@code > 500}, empty for any), the candidate's phase (some phases, or any), whether the
 * coordinator must agree to the enrolment, and why; the first row that matches decides. A change is checked and
 * deployed by {@link RuleTables}; every enrolment requested afterwards follows the new version.
 */
@Service
public class TrainingApprovalRule implements EditableRuleTable {

    /** The column names, as the editor and a refusal name them. */
    public static final String PAYER = "payer";
    public static final String COST = "cost";
    public static final String PHASE = "phase";

    static final Set<String> PAYERS = codes(Payer.values());
    static final Set<String> PHASES = codes(Phase.values());
    static final RuleTableSpec SPEC = new RuleTableSpec(ProcessKeys.TRAINING_APPROVAL_RULE,
            "training-approval-rule.dmn", List.of(PAYER, COST, PHASE), Set.of(COST), samples());

    /**
     * One row of the table.
     *
     * @param payers who pays, as {@link Payer} names; empty for any payer
     * @param cost   a FEEL unary test on the cost in euro, a decimal comma allowed; empty for any cost
     * @param phases the candidate's phase, as {@link Phase} names; empty for any phase
     */
    public record Row(List<String> payers, String cost, List<String> phases, boolean coordinatorAgrees,
                      String description) {

        public Row {
            payers = payers == null ? List.of() : List.copyOf(payers);
            cost = cost == null ? "" : cost.strip();
            phases = phases == null ? List.of() : List.copyOf(phases);
            description = description == null ? "" : description.strip();
        }
    }

    private final RuleTables tables;

    public TrainingApprovalRule(RuleTables tables) {
        this.tables = tables;
    }

    @Override
    public RuleTableSpec spec() {
        return SPEC;
    }

    /** The rows of the latest version of the table. */
    public List<Row> rows() {
        return tables.rows(SPEC).stream().map(r -> new Row(CodeCondition.codes(r.condition(0)), r.condition(1),
                CodeCondition.codes(r.condition(2)), r.answer(), r.description())).toList();
    }

    /**
     * @throws ParameterRefusedException NO_REASON, UNCHANGED, or a {@link RuleTableRefusedException} naming the row:
     *                                   an unknown payer or phase among them
     */
    public void change(List<Row> rows, String reason, Actor actor) {
        RuleTables.checkBeforeRows(SPEC, actor, reason, rows.size());
        List<RuleRow> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            table.add(new RuleRow(List.of(CodeCondition.feel(r.payers(), PAYERS, i + 1, PAYER), r.cost(),
                    CodeCondition.feel(r.phases(), PHASES, i + 1, PHASE)), r.coordinatorAgrees(), r.description()));
        }
        tables.change(SPEC, table, reason, actor);
    }

    /** Every payer and phase, at costs about and far from the shipped threshold. */
    private static List<Map<String, Object>> samples() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (String payer : PAYERS) {
            for (double cost : new double[]{0.01, 100, 500, 500.01, 5000}) {
                for (String phase : PHASES) {
                    samples.add(Map.of("payer", payer, "cost", cost, "phase", phase));
                }
            }
        }
        return List.copyOf(samples);
    }

    private static Set<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
