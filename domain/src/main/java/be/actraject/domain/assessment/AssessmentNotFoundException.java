package be.actraject.domain.assessment;

import be.actraject.domain.NotFoundException;

public class AssessmentNotFoundException extends NotFoundException {

    public AssessmentNotFoundException(long id) {
        super("No assessment " + id);
    }
}
