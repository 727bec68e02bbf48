package be.actraject.workflow;

/** Ids of the elements of the four phase models that the code or the tests rely on. */
public final class PhaseElements {

    public static final String ENTER_INTAKE = "Service_EnterIntake";
    public static final String INTAKE_END = "End_IntakeCompleted";
    public static final String ENTER_EXPLORATION = "Service_EnterExploration";
    public static final String EXPLORATION_CONVERSATION_DUE = "Start_ExplorationConversationDue";
    public static final String EXPLORATION_END = "End_ExplorationCompleted";
    public static final String ENTER_PROSPECTING = "Service_EnterProspecting";
    public static final String PROSPECTING_CONVERSATION_DUE = "Start_ProspectingConversationDue";
    public static final String PROSPECTING_END = "End_ProspectingCompleted";
    public static final String ENTER_INVOICING = "Service_EnterInvoicing";
    public static final String INVOICING_CONVERSATION_DUE = "Start_InvoicingConversationDue";
    public static final String EXTRA_EARNINGS_DUE = "Start_ExtraEarningsDue";
    public static final String INVOICE_SUBMITTED = "Start_InvoiceSubmitted";
    public static final String CALL_INVOICE_APPROVAL = "Call_InvoiceApproval";
    public static final String INVOICING_END = "End_InvoicingCompleted";

    private PhaseElements() {
    }
}
