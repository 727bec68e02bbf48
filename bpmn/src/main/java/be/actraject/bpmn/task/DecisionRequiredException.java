package be.actraject.bpmn.task;

import be.actraject.domain.RefusedException;

/** A decision task was submitted without one of the choices it offers. */
public class DecisionRequiredException extends RefusedException {

    public DecisionRequiredException() {
        super("decision.required", "Choose one of the decisions the task offers");
    }
}
