package be.actraject.domain.trajectory;

public class CandidateNotFoundException extends RuntimeException {

    public CandidateNotFoundException(long candidateId) {
        super("No candidate " + candidateId);
    }
}
