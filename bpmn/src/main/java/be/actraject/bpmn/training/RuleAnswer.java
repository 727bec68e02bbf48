package be.actraject.bpmn.training;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/**
 * Reads the training-approval table's answer leniently: the validator refuses tables that give a list, but a version
 * deployed before it did (or an older model) must still not fail an enrolment with a 500. Whatever is not exactly one
 * answer {@code false} leaves the decision to the coordinator.
 */
public final class RuleAnswer {

    private RuleAnswer() {
    }

    public static boolean coordinatorMustAgree(Object decisionResult) {
        if (!(decisionResult instanceof DmnDecisionResult result) || result.size() != 1) {
            return true;
        }
        DmnDecisionResultEntries entries = result.get(0);
        return entries.size() != 1 || !Boolean.FALSE.equals(entries.getSingleEntry());
    }
}
