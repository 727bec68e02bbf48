package be.actraject.bpmn.models;

import be.actraject.bpmn.parameters.ParameterRefusedException;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.audit.AuditKind;
import be.actraject.domain.audit.AuditLog;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision tables coordinators edit as rows (the invoice-approval rule, the training-approval rule): read from
 * the latest version, and changed by a coordinator with a reason — checked row by row, tried by the DMN engine
 * against the table's sample cases, deployed as the next version through {@link ModelDeployment} (validated and
 * recorded like any model) and recorded as a parameter change. What each table asks and answers is its own
 * ({@link RuleTableSpec}); this is the part they share.
 */
@Service
public class RuleTables {

    /** More rows than this is no longer a rule a coordinator reads at a glance. */
    public static final int MAX_ROWS = 20;

    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engine;
    private final ModelDeployment deployment;
    private final AuditLog audit;

    public RuleTables(RepositoryService repository, ProcessEngineConfigurationImpl engine, ModelDeployment deployment,
                      AuditLog audit) {
        this.repository = repository;
        this.engine = engine;
        this.deployment = deployment;
        this.audit = audit;
    }

    /** The rows of the latest version of the table. */
    public List<RuleRow> rows(RuleTableSpec spec) {
        return RuleTableXml.rows(latestXml(spec.decisionKey()));
    }

    /**
     * Deploys the rows as the table's next version; nothing is deployed or recorded when refused.
     *
     * @param rows conditions as typed: an amount with a decimal comma is made FEEL here
     * @throws ParameterRefusedException NO_REASON, UNCHANGED, or a {@link RuleTableRefusedException} naming the row
     */
    @Transactional
    public void change(RuleTableSpec spec, List<RuleRow> rows, String reason, Actor actor) {
        checkBeforeRows(spec, actor, reason, rows.size());
        List<RuleRow> feel = withPlainAmounts(spec, rows);
        List<RuleRow> before = rows(spec);
        if (before.equals(feel)) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.UNCHANGED, null);
        }
        String xml = RuleTableXml.withRows(latestXml(spec.decisionKey()), feel, spec.columns());
        // Read as the engine that runs the table reads it, in a command of its own, as a deployment would.
        new RuleTableTrial(engine.getDmnEngine(), table -> engine.getCommandExecutorTxRequired().execute(context ->
                engine.getDmnEngine().parseDecision(spec.decisionKey(),
                        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)))))
                .tryOut(spec, xml, feel);
        deployment.deploy(spec.resourceName(), xml.getBytes(StandardCharsets.UTF_8), reason.strip(), actor);
        audit.record(AuditKind.PARAMETER_CHANGED, actor.userId(), spec.decisionKey(),
                describe(before) + " → " + describe(feel) + ": " + reason.strip(), null);
    }

    /**
     * What is checked before the rows themselves: only coordinators change the rules, with a reason, in 1 to
     * {@link #MAX_ROWS} rows. Public so that a table that reads its own columns first asks it first.
     *
     * @throws NotPermittedException     for anyone else
     * @throws ParameterRefusedException NO_REASON, or a {@link RuleTableRefusedException} ROW_COUNT
     */
    public static void checkBeforeRows(RuleTableSpec spec, Actor actor, String reason, int rowCount) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new NotPermittedException(actor.userId(), "change the decision table " + spec.decisionKey());
        }
        if (reason == null || reason.isBlank()) {
            throw new ParameterRefusedException(ParameterRefusedException.Reason.NO_REASON, null);
        }
        if (rowCount == 0 || rowCount > MAX_ROWS) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.ROW_COUNT, 0, "", "",
                    String.valueOf(rowCount));
        }
    }

    /**
     * The rows with each amount condition in FEEL (decimal point); refused where an amount is ambiguous, where a
     * count is not whole numbers compared or ranged ({@link AmountCondition#count}), or where a number condition in
     * any column is not what a person means ({@link AmountCondition#meant}).
     */
    private static List<RuleRow> withPlainAmounts(RuleTableSpec spec, List<RuleRow> rows) {
        List<RuleRow> feel = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> conditions = new ArrayList<>(rows.get(r).conditions());
            for (int c = 0; c < spec.columns().size(); c++) {
                String column = spec.columns().get(c);
                if (spec.amountColumns().contains(column)) {
                    conditions.set(c, AmountCondition.feel(conditions.get(c), r + 1, column));
                } else if (spec.countColumns().contains(column)) {
                    conditions.set(c, AmountCondition.count(conditions.get(c), r + 1, column));
                } else {
                    // Numbers in any other column are held to what a person means as an amount is.
                    AmountCondition.meant(conditions.get(c), conditions.get(c), r + 1, column);
                }
            }
            feel.add(new RuleRow(conditions, rows.get(r).answer(), rows.get(r).description()));
        }
        return feel;
    }

    /** The rows for the audit log: [condition | condition → answer] each, "-" for any value. */
    private static String describe(List<RuleRow> rows) {
        return rows.stream().map(r -> "[" + r.conditions().stream().map(c -> c.isEmpty() ? "-" : c)
                        .collect(Collectors.joining(" | ")) + " → " + r.answer() + "]")
                .collect(Collectors.joining(" "));
    }

    private String latestXml(String decisionKey) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        try (InputStream in = repository.getDecisionModel(latest.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
