package be.actraject.bpmn.models;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A changed decision table tried by the DMN engine before it is deployed: it must decide every sample case of its
 * kind without an error, and give each an answer. The engine reads a FEEL condition only when it evaluates it and
 * then names the expression, not the row; so when the table fails, each condition is tried alone to find the row and
 * column to name.
 */
final class RuleTableTrial {

    private final DmnEngine dmn;
    private final Function<String, DmnDecision> parser;

    /**
     * @param dmn    evaluates the parsed table
     * @param parser reads a table's XML as the engine that will run it does
     */
    RuleTableTrial(DmnEngine dmn, Function<String, DmnDecision> parser) {
        this.dmn = dmn;
        this.parser = parser;
    }

    /**
     * @param xml  the table with these rows in place
     * @throws RuleTableRefusedException UNREADABLE naming the first row and column the engine cannot read,
     *                                   TABLE_UNREADABLE when no single condition is to blame, NO_ANSWER naming the
     *                                   last row when a sample case gets no answer
     */
    void tryOut(RuleTableSpec spec, String xml, List<RuleRow> rows) {
        DmnDecision decision;
        try {
            decision = parser.apply(xml);
            for (Map<String, Object> sample : spec.samples()) {
                if (dmn.evaluateDecisionTable(decision, sample).getFirstResult() == null) {
                    throw new RuleTableRefusedException(RuleTableRefusedException.Problem.NO_ANSWER, rows.size(),
                            "", "", sample.toString());
                }
            }
        } catch (RuleTableRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw blame(spec, xml, rows, e);
        }
    }

    /** A case the table failed to decide, and the engine's exception. */
    record Failure(Map<String, Object> at, RuntimeException error) {
    }

    /**
     * The first of these cases the table fails to decide (a hit policy violation, a condition that fails on the
     * value); null when it decides them all, or when the engine cannot read the table ({@link #tryOut} names why).
     */
    Failure firstFailure(String xml, List<Map<String, Object>> cases) {
        DmnDecision decision;
        try {
            decision = parser.apply(xml);
        } catch (RuntimeException e) {
            return null;
        }
        for (Map<String, Object> at : cases) {
            try {
                dmn.evaluateDecisionTable(decision, at);
            } catch (RuntimeException e) {
                return new Failure(at, e);
            }
        }
        return null;
    }

    /** Whether the table, one {@link #tryOut} found readable, answers this case: to name the case it leaves open. */
    boolean answers(String xml, Map<String, Object> sample) {
        return dmn.evaluateDecisionTable(parser.apply(xml), sample).getFirstResult() != null;
    }

    private RuleTableRefusedException blame(RuleTableSpec spec, String xml, List<RuleRow> rows,
                                            RuntimeException failure) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < spec.columns().size(); c++) {
                String condition = rows.get(r).condition(c);
                if (condition.isEmpty()) {
                    continue;
                }
                RuntimeException alone = failure(spec,
                        RuleTableXml.withRows(xml, List.of(rows.get(r).onlyCondition(c)), spec.columns()));
                if (alone != null) {
                    return new RuleTableRefusedException(RuleTableRefusedException.Problem.UNREADABLE, r + 1,
                            spec.columns().get(c), condition, EngineText.readable(alone.getMessage()));
                }
            }
        }
        return new RuleTableRefusedException(RuleTableRefusedException.Problem.TABLE_UNREADABLE, 0, "", "",
                EngineText.readable(failure.getMessage()));
    }

    /** What the engine throws deciding the samples with this table, or null. */
    private RuntimeException failure(RuleTableSpec spec, String xml) {
        try {
            DmnDecision decision = parser.apply(xml);
            spec.samples().forEach(sample -> dmn.evaluateDecisionTable(decision, sample));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
