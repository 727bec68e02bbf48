package be.actraject.workflow;

import java.util.Set;

/** Names of the BPMN messages that the code sends to the models. */
public final class Messages {

    /** The candidate stops, or is stopped, wherever they are: leads to the exit registration. */
    public static final String TRAJECTORY_STOPPED = "trajectory-stopped";
    /** An invoice draft is submitted for approval; received by the invoicing phase. */
    public static final String INVOICE_SUBMITTED = "invoice-submitted";
    /** Starts the aftercare of a trajectory that ended with an exit other than stopped. */
    public static final String AFTERCARE_REQUESTED = "aftercare-requested";

    /**
     * A payment settled an invoice in full; received by its payment follow-up while the reminder waits, which then
     * ends.
     */
    public static final String INVOICE_SETTLED = "invoice-settled";

    /** Every message above: the ones some code sends (the watch reports a wait for any other as stuck). */
    public static final Set<String> ALL = Set.of(TRAJECTORY_STOPPED, INVOICE_SUBMITTED, AFTERCARE_REQUESTED,
            INVOICE_SETTLED);

    private Messages() {
    }
}
