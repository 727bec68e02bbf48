package be.actraject.workflow;

/** Ids of the elements of the {@link ProcessKeys#TRAJECTORY} model that the code or the tests rely on. */
public final class TrajectoryElements {

    public static final String START = "Start_CandidateRegistered";
    public static final String SUB_PRE_INVOICING = "Sub_PreInvoicing";
    public static final String CALL_INTAKE = "Call_Intake";
    public static final String CALL_EXPLORATION = "Call_Exploration";
    public static final String CALL_PROSPECTING = "Call_Prospecting";
    public static final String SUB_INVOICING = "Sub_Invoicing";
    public static final String CALL_INVOICING = "Call_Invoicing";
    public static final String PRE_INVOICING_WARNING = "Start_PreInvoicingWarning";
    public static final String PRE_INVOICING_LIMIT = "Start_PreInvoicingLimit";
    public static final String PRE_INVOICING_EXTENDED_LIMIT = "Timer_PreInvoicingExtendedLimit";
    public static final String INVOICING_WARNING = "Start_InvoicingWarning";
    public static final String INVOICING_LIMIT = "Start_InvoicingLimit";
    public static final String INVOICING_EXTENDED_LIMIT = "Timer_InvoicingExtendedLimit";
    public static final String STOPPED_BEFORE_INVOICING = "Boundary_PreInvoicingStopped";
    public static final String STOPPED_WHILE_INVOICING = "Boundary_InvoicingStopped";
    public static final String LIMIT_ENDED_BEFORE_INVOICING = "Boundary_PreInvoicingLimitEnded";
    public static final String LIMIT_ENDED_WHILE_INVOICING = "Boundary_InvoicingLimitEnded";
    public static final String RECORD_EXIT = "Service_RecordExit";
    public static final String AFTERCARE_REQUESTED = "Event_AftercareRequested";
    public static final String END = "End_TrajectoryEnded";

    private TrajectoryElements() {
    }
}
