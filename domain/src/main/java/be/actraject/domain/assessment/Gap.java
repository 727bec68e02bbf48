package be.actraject.domain.assessment;

/**
 * How far a candidate's score on a competency lies below the reference profile, as a share of the scale (0 when
 * at or above it), and the scores themselves for showing.
 */
public record Gap(Competency competency, int score, int reference, double share) {
}
