package be.actraject.bpmn.models;

/** No process or decision definition by that id. */
public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(String definitionId) {
        super("No model " + definitionId);
    }
}
