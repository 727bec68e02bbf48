package be.actraject.workflow;

/** The keys of the process definitions, as they stand in the {@code id} of each model's process element. */
public final class ProcessKeys {

    /** The whole trajectory of one candidate, from registration to exit; its business key is the trajectory id. */
    public static final String TRAJECTORY = "trajectory";

    /** Phase 1, called by {@link #TRAJECTORY}; versioned on its own so that a coordinator can change it alone. */
    public static final String INTAKE = "intake";

    private ProcessKeys() {
    }
}
