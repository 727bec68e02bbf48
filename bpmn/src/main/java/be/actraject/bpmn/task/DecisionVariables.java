package be.actraject.bpmn.task;

import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.PhaseOutcome;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The process variables a decision task completes with, so that the gateways after it and the trajectory's
 * gateways after each phase can route: the decision itself, and for a decision that ends a phase its outcome and,
 * when it ends the trajectory, the exit type and reason.
 */
public final class DecisionVariables {

    private DecisionVariables() {
    }

    /**
     * @param chosenExit the exit a coordinator chooses when ending a trajectory at its time limit; ignored otherwise
     * @throws IllegalArgumentException for a decision the task does not offer, or an end at a limit without exit
     */
    public static Map<String, Object> of(UserTask task, Decision decision, ExitType chosenExit, String reason) {
        if (!task.decisions().contains(decision)) {
            throw new IllegalArgumentException(task + " does not offer " + decision);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DECISION, decision.name());
        exitOf(task, decision, chosenExit).ifPresentOrElse(exit -> {
            variables.put(Variables.PHASE_OUTCOME, PhaseOutcome.EXIT.name());
            variables.put(Variables.EXIT_TYPE, exit.name());
            variables.put(Variables.EXIT_REASON, reason);
        }, () -> {
            if (decision == Decision.CONTINUE || decision == Decision.START_INVOICING) {
                variables.put(Variables.PHASE_OUTCOME, PhaseOutcome.CONTINUE.name());
            }
        });
        return variables;
    }

    /** The exit a decision ends the trajectory with, if it does. */
    public static Optional<ExitType> exitOf(UserTask task, Decision decision, ExitType chosenExit) {
        return switch (decision) {
            case REORIENT -> Optional.of(ExitType.REORIENTED);
            case SELF_EMPLOYED -> Optional.of(ExitType.SELF_EMPLOYED);
            case SALARIED -> Optional.of(ExitType.SALARIED);
            case JOIN_COOPERATIVE -> Optional.of(ExitType.JOINED_COOPERATIVE);
            case END -> {
                if (chosenExit == null) {
                    throw new IllegalArgumentException(task + ": ending at the limit needs an exit type");
                }
                yield Optional.of(chosenExit);
            }
            default -> Optional.empty();
        };
    }

    /** The variables of the exit registration after a stop. */
    public static Map<String, Object> exitRegistration(ExitType exitType, String reason) {
        return Map.of(Variables.EXIT_TYPE, exitType.name(), Variables.EXIT_REASON, reason);
    }
}
