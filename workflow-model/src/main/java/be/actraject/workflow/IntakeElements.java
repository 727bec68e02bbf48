package be.actraject.workflow;

/** Ids of the elements of the {@link ProcessKeys#INTAKE} model that the code or the tests rely on. */
public final class IntakeElements {

    public static final String START = "Start_Intake";
    public static final String ENTER_PHASE = "Service_EnterIntake";
    public static final String END = "End_IntakeCompleted";

    private IntakeElements() {
    }
}
