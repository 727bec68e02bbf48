package be.actraject.workflow;

/** Names of the process variables. The engine holds ids and decisions; the dossier lives in the domain tables. */
public final class Variables {

    /** The trajectory's id (a {@code Long}), also the business key of every process of the trajectory. */
    public static final String TRAJECTORY_ID = "trajectoryId";
    /** What a phase ends with: {@link PhaseOutcome}, as text. */
    public static final String PHASE_OUTCOME = "phaseOutcome";
    /** The exit type ({@link ExitType}, as text) once a decision ends the trajectory. */
    public static final String EXIT_TYPE = "exitType";
    /** Why the trajectory ends, in the words of whoever decided it. */
    public static final String EXIT_REASON = "exitReason";
    /** The last decision taken in a decision task ({@link Decision}, as text), for the gateway after it. */
    public static final String DECISION = "decision";
    /** The invoice an invoice-approval process is about (a {@code Long}). */
    public static final String INVOICE_ID = "invoiceId";
    /** Set by the DMN rule: whether a coordinator must approve the invoice after the coach. */
    public static final String COORDINATOR_APPROVAL_REQUIRED = "coordinatorApprovalRequired";
    /** The collective session a learning-group-session process is about (a {@code Long}). */
    public static final String SESSION_ID = "sessionId";
    /** The element of the aftercare schedule being waited for (an ISO period such as P3M). */
    public static final String FOLLOW_UP_OFFSET = "followUpOffset";

    /** The enrolment a training-enrolment process is about (a {@code Long}). */
    public static final String ENROLMENT_ID = "enrolmentId";
    /** Set by the DMN rule training-approval-rule: whether a coordinator must agree to the enrolment. */
    public static final String COORDINATOR_AGREEMENT_REQUIRED = "coordinatorAgreementRequired";
    /**
     * Set with {@link #COORDINATOR_APPROVAL_REQUIRED} or {@link #COORDINATOR_AGREEMENT_REQUIRED}: true when the rule
     * table could not decide (it failed, or gave no single yes or no), so the coordinator decides and is told why.
     */
    public static final String RULE_FAILED = "ruleFailed";

    private Variables() {
    }
}
