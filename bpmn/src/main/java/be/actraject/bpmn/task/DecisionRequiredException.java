package be.actraject.bpmn.task;

/** A decision task was submitted without one of the choices it offers. */
public class DecisionRequiredException extends RuntimeException {

    public DecisionRequiredException() {
        super("Choose one of the decisions the task offers");
    }
}
