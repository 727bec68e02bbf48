package be.actraject.bpmn.models;

import be.actraject.domain.NotFoundException;

/** No process or decision definition by that id. */
public class ModelNotFoundException extends NotFoundException {

    public ModelNotFoundException(String definitionId) {
        super("No model " + definitionId);
    }
}
