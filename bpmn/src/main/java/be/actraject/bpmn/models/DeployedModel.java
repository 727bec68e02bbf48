package be.actraject.bpmn.models;

import java.util.List;

/**
 * A model deployed from the process room: its new definition and the warnings its validation gave (bpmnlint's
 * warnings), which did not refuse it but are shown to the coordinator.
 */
public record DeployedModel(String definitionId, List<ModelProblem> warnings) {
}
