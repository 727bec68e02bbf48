package be.actraject.workflow;

/**
 * Ids of the elements of the supporting models — {@link ProcessKeys#INVOICE_APPROVAL},
 * {@link ProcessKeys#LEARNING_GROUP_SESSION}, {@link ProcessKeys#AFTERCARE} and {@link ProcessKeys#TRAINING_ENROLMENT} — that the code or the tests rely on.
 */
public final class SupportElements {

    public static final String APPROVAL_RULE = "Rule_CoordinatorApproval";
    public static final String ISSUE_INVOICE = "Service_IssueInvoice";
    public static final String INVOICE_ISSUED = "End_InvoiceIssued";
    public static final String PAYMENT_DUE = "Timer_PaymentDue";
    public static final String REMINDER_INTERVAL = "Timer_ReminderInterval";
    public static final String INVOICE_SETTLED = "End_InvoiceSettled";
    public static final String SETTLED_WHILE_REMINDING = "End_SettledWhileReminding";
    public static final String SESSION_HELD = "Timer_SessionHeld";
    public static final String ATTENDANCE_REGISTERED = "End_AttendanceRegistered";
    public static final String FOLLOW_UPS = "Sub_FollowUps";
    public static final String FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String AFTERCARE_END = "End_AftercareCompleted";

    public static final String MODULE_COSTS_MONEY = "Gateway_ModuleCostsMoney";
    public static final String TRAINING_APPROVAL_RULE = "Rule_TrainingApproval";
    public static final String AGREE_BY_RULE = "Service_AgreeByRule";
    public static final String ENROLMENT_AGREED = "End_EnrolmentAgreed";
    public static final String ENROLMENT_REFUSED = "End_EnrolmentRefused";

    private SupportElements() {
    }
}
