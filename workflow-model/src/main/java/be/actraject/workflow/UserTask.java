package be.actraject.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of user task the models create, by its task definition key (the id of the user task element; a key
 * may stand in several models, as the individual conversation does in every phase). The web module has one screen
 * per constant and the message bundles one name ({@code task.<key>.name}); tests check both, and that the user
 * tasks of the models are exactly these.
 */
public enum UserTask {

    INDIVIDUAL_CONVERSATION("Task_IndividualConversation", Role.COACH),
    ENTRE_SPIEGEL("Task_EntreSpiegel", Role.COACH),
    POP_CREATION("Task_PopCreation", Role.COACH),
    INTAKE_DECISION("Task_IntakeDecision", Role.COACH, Decision.CONTINUE, Decision.REORIENT),
    LEARNING_GROUP_PLACEMENT("Task_LearningGroupPlacement", Role.COORDINATOR),
    EXPLORATION_REVIEW("Task_ExplorationReview", Role.COACH, Decision.CONTINUE, Decision.REORIENT),
    PROSPECTING_REVIEW("Task_ProspectingReview", Role.COACH,
            Decision.START_INVOICING, Decision.EXTEND, Decision.REORIENT),
    INVOICING_EXIT_DECISION("Task_InvoicingExitDecision", Role.COACH,
            Decision.SELF_EMPLOYED, Decision.JOIN_COOPERATIVE, Decision.SALARIED, Decision.REORIENT, Decision.EXTEND),
    EXTRA_EARNINGS_STATEMENT("Task_ExtraEarningsStatement", Role.OFFICE),
    PRE_INVOICING_LIMIT_WARNING("Task_PreInvoicingLimitWarning", Role.COACH),
    PRE_INVOICING_LIMIT_ESCALATION("Task_PreInvoicingLimitEscalation", Role.COORDINATOR,
            Decision.EXTEND, Decision.END),
    INVOICING_LIMIT_WARNING("Task_InvoicingLimitWarning", Role.COACH),
    INVOICING_LIMIT_ESCALATION("Task_InvoicingLimitEscalation", Role.COORDINATOR, Decision.EXTEND, Decision.END),
    EXIT_REGISTRATION("Task_ExitRegistration", Role.COACH),
    INVOICE_APPROVAL_COACH("Task_InvoiceApprovalCoach", Role.COACH, Decision.APPROVE, Decision.SEND_BACK),
    INVOICE_APPROVAL_COORDINATOR("Task_InvoiceApprovalCoordinator", Role.COORDINATOR,
            Decision.APPROVE, Decision.SEND_BACK),
    INVOICE_CORRECTION("Task_InvoiceCorrection", Role.COACH),
    PAYMENT_REMINDER("Task_PaymentReminder", Role.OFFICE),
    SESSION_ATTENDANCE("Task_SessionAttendance", Role.COACH),
    AFTERCARE_FOLLOW_UP("Task_AftercareFollowUp", Role.COACH),
    TRAINING_APPROVAL("Task_TrainingApproval", Role.COORDINATOR, Decision.AGREE, Decision.REFUSE);

    private final String key;
    private final Role candidateGroup;
    private final List<Decision> decisions;

    UserTask(String key, Role candidateGroup, Decision... decisions) {
        this.key = key;
        this.candidateGroup = candidateGroup;
        this.decisions = List.of(decisions);
    }

    /** The task definition key: the id of the user task element in the model. */
    public String key() {
        return key;
    }

    /** The role whose members may claim the task, unless the task is narrowed to one person. */
    public Role candidateGroup() {
        return candidateGroup;
    }

    /** The choices a decision task offers, in the order a screen shows them; empty for other tasks. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** The limit a warning or escalation task is about, if it is one. */
    public Optional<TimeLimit> timeLimit() {
        return switch (this) {
            case PRE_INVOICING_LIMIT_WARNING, PRE_INVOICING_LIMIT_ESCALATION -> Optional.of(TimeLimit.PRE_INVOICING);
            case INVOICING_LIMIT_WARNING, INVOICING_LIMIT_ESCALATION -> Optional.of(TimeLimit.INVOICING);
            default -> Optional.empty();
        };
    }

    public static Optional<UserTask> byKey(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.key.equals(taskDefinitionKey)).findFirst();
    }
}
