package be.actraject.bpmn.models;

/** A model that failed its validation: nothing was deployed. */
public class ModelInvalidException extends RuntimeException {

    private final ModelValidator.Report report;

    public ModelInvalidException(ModelValidator.Report report) {
        super("The model is not valid: " + report.problems());
        this.report = report;
    }

    public ModelValidator.Report report() {
        return report;
    }
}
