package be.actraject.domain.trajectory;

import be.actraject.domain.NotFoundException;

public class CandidateNotFoundException extends NotFoundException {

    public CandidateNotFoundException(long candidateId) {
        super("No candidate " + candidateId);
    }
}
