package be.actraject.domain.assessment;

public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(long id) {
        super("No assessment " + id);
    }
}
