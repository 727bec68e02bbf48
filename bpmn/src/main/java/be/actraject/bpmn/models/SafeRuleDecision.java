package be.actraject.bpmn.models;

import be.actraject.workflow.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;

/**
 * Asks one of the product's yes/no rule tables whether the coordinator must decide, such that nothing a deployed
 * table does can fail the process: a table that throws (a hit policy violation, DMN-03001/03002; an unreadable cell),
 * answers nothing, several answers or anything but a boolean sends the case to the coordinator — the safe side, since
 * letting the rule agree would commit money nobody approved — with {@link Variables#RULE_FAILED} set so that the
 * coordinator's task can say why it came to them. The validator refuses such tables; this is for those it could not
 * catch (overlaps at values it did not try) and for versions deployed before it did.
 * <p>
 * The latest version is evaluated as a business rule task evaluates it, in the running command. Not through
 * {@code DecisionService}: that opens a nested engine command, and a failure inside it marks the surrounding Spring
 * transaction rollback-only, so the enrolment or invoice would still fail on commit after the failure was caught.
 */
public final class SafeRuleDecision {

    private static final Logger log = LoggerFactory.getLogger(SafeRuleDecision.class);

    private SafeRuleDecision() {
    }

    /**
     * Evaluates the table with the activity's own (input-mapped) variables as its inputs and sets, on the process,
     * {@code resultVariable} (true: the coordinator decides) and {@link Variables#RULE_FAILED}.
     *
     * @param execution the business rule task's execution, inside the engine's command
     */
    public static void decide(DelegateExecution execution, String decisionKey, String resultVariable) {
        Map<String, Object> inputs = new TreeMap<>(execution.getVariablesLocal());
        boolean failed;
        boolean coordinator;
        DecisionDefinition table = null;
        try {
            table = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestDecisionDefinitionByKey(decisionKey);
            VariableMap variables = org.camunda.bpm.engine.variable.Variables.fromMap(inputs);
            Boolean answer = yesNo(DecisionEvaluationUtil.evaluateDecision(table, variables));
            failed = answer == null;
            coordinator = failed || answer;
            if (failed) {
                log.warn("Rule table {} version {} gave no single yes/no answer for {}; the coordinator decides",
                        decisionKey, table.getVersion(), inputs);
            }
        } catch (Exception e) {
            failed = true;
            coordinator = true;
            log.warn("Rule table {} version {} failed for {}; the coordinator decides: {}", decisionKey,
                    table == null ? "?" : table.getVersion(), inputs, e.getMessage());
        }
        execution.setVariable(resultVariable, coordinator);
        execution.setVariable(Variables.RULE_FAILED, failed);
    }

    /** The one boolean the table answered; null for none, several, or another kind of value. */
    static Boolean yesNo(DmnDecisionResult result) {
        if (result == null || result.size() != 1 || result.get(0).size() != 1) {
            return null;
        }
        return result.get(0).getSingleEntry() instanceof Boolean b ? b : null;
    }
}
