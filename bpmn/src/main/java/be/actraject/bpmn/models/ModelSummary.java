package be.actraject.bpmn.models;

import java.util.List;

/** A process or decision definition with its versions, the latest first. */
public record ModelSummary(String key, String name, ModelValidator.Kind kind, List<ModelVersion> versions) {

    public ModelVersion latest() {
        return versions.get(0);
    }

    public long running() {
        return versions.stream().mapToLong(ModelVersion::running).sum();
    }
}
