package be.actraject.workflow;

/** Names of the process variables. The engine holds only ids; the dossier itself lives in the domain tables. */
public final class Variables {

    /** The trajectory's id (a {@code Long}), also the business key of the trajectory's process instance. */
    public static final String TRAJECTORY_ID = "trajectoryId";

    private Variables() {
    }
}
