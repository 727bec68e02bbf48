package be.actraject.workflow;

/** The two time limits of a trajectory: phases 1–3 together, and phase 4. */
public enum TimeLimit {
    /** Intake, exploration and prospecting together, counted from the date of entry (6 months by default). */
    PRE_INVOICING,
    /** The invoicing phase, counted from its start (12 months by default). */
    INVOICING
}
