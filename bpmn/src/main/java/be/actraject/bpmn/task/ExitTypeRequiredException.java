package be.actraject.bpmn.task;

/** Ending a trajectory needs to say how it ends. */
public class ExitTypeRequiredException extends RuntimeException {

    public ExitTypeRequiredException() {
        super("Choose the exit type");
    }
}
