package be.actraject.domain.assessment;

import java.util.Set;

/** Scores missing, or outside the scale. */
public class InvalidScoresException extends RuntimeException {

    private final Set<Competency> competencies;

    public InvalidScoresException(Set<Competency> competencies) {
        super("Missing or out-of-scale scores for " + competencies);
        this.competencies = Set.copyOf(competencies);
    }

    public Set<Competency> competencies() {
        return competencies;
    }
}
