package be.actraject.workflow;

/** The keys of the process and decision definitions, as they stand in the {@code id} of each model's element. */
public final class ProcessKeys {

    /** The whole trajectory of one candidate, from registration to exit; its business key is the trajectory id. */
    public static final String TRAJECTORY = "trajectory";
    /** Phase 1, called by {@link #TRAJECTORY}. Each phase is versioned on its own. */
    public static final String INTAKE = "intake";
    /** Phase 2, called by {@link #TRAJECTORY}. */
    public static final String EXPLORATION = "exploration";
    /** Phase 3, called by {@link #TRAJECTORY}. */
    public static final String PROSPECTING = "prospecting";
    /** Phase 4, called by {@link #TRAJECTORY}. */
    public static final String INVOICING = "invoicing";
    /** One invoice draft on its way to being issued; called by {@link #INVOICING} for each submitted draft. */
    public static final String INVOICE_APPROVAL = "invoice-approval";
    /**
     * The payment follow-up of one issued invoice: once past due and still open, the office is asked to remind the
     * customer, and again after each interval until it is paid.
     */
    public static final String INVOICE_PAYMENT = "invoice-payment";
    /** One collective session of a learning group, from planning to its attendance list. */
    public static final String LEARNING_GROUP_SESSION = "learning-group-session";
    /** The follow-up of a former candidate after an exit other than stopped. */
    public static final String AFTERCARE = "aftercare";

    /**
     * One enrolment in a training module on its way to the coordinator's agreement where the module costs money and
     * {@link #TRAINING_APPROVAL_RULE} asks for it; started when the enrolment is requested.
     */
    public static final String TRAINING_ENROLMENT = "training-enrolment";

    /** The DMN decision that says when a coordinator must approve an invoice too. */
    public static final String INVOICE_APPROVAL_RULE = "invoice-approval-rule";

    /** The DMN decision that says when a coordinator must agree to an enrolment in a module that costs money. */
    public static final String TRAINING_APPROVAL_RULE = "training-approval-rule";

    private ProcessKeys() {
    }
}
