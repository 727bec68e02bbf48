package be.actraject.bpmn.task;

import be.actraject.domain.RefusedException;

/** Ending a trajectory needs to say how it ends. */
public class ExitTypeRequiredException extends RefusedException {

    public ExitTypeRequiredException() {
        super("exit.type.required", "Choose the exit type");
    }
}
