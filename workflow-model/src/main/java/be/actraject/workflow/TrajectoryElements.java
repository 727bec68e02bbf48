package be.actraject.workflow;

/** Ids of the elements of the {@link ProcessKeys#TRAJECTORY} model that the code or the tests rely on. */
public final class TrajectoryElements {

    public static final String START_REGISTERED = "Start_CandidateRegistered";
    public static final String CALL_INTAKE = "Call_Intake";
    public static final String END_INTAKE_DONE = "End_IntakeCompleted";

    private TrajectoryElements() {
    }
}
