package be.actraject.workflow;

/** How a phase process ends, for the trajectory's gateway after it. */
public enum PhaseOutcome {
    /** On to the next phase. */
    CONTINUE,
    /** The trajectory ends; {@link Variables#EXIT_TYPE} and {@link Variables#EXIT_REASON} say how and why. */
    EXIT
}
