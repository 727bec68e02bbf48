package be.actraject.bpmn.parameters;

/** A trajectory parameter with an impossible value; the message names it as it is set in the configuration. */
public class InvalidParameterException extends IllegalStateException {

    public InvalidParameterException(String name, String problem) {
        super("actraject.trajectory." + name + " " + problem);
    }
}
