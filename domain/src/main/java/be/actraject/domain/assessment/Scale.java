package be.actraject.domain.assessment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The scale on which competencies are scored, from {@code min} to {@code max} inclusive (a coordinator's parameter;
 * the Entre-spiegel is scored 1–5 by default). The one check of a score grid, for an assessment and for the reference
 * profile alike: every one of the twelve competencies scored, each on the scale.
 */
public record Scale(int min, int max) {

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("A scale needs its minimum below its maximum: " + min + ".." + max);
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /**
     * @param scores a score per competency, as typed; a missing key or a null value is a score not given
     * @return the competencies whose score is missing or off this scale, in the order of {@link Competency}; empty
     *         when the grid is complete
     */
    public Set<Competency> offScale(Map<Competency, Integer> scores) {
        Set<Competency> invalid = EnumSet.noneOf(Competency.class);
        for (Competency c : Competency.values()) {
            Integer score = scores.get(c);
            if (score == null || !contains(score)) {
                invalid.add(c);
            }
        }
        return invalid;
    }

    /**
     * @param scores a score per competency
     * @throws InvalidScoresException naming every competency whose score is missing or off this scale
     */
    public void check(Map<Competency, Integer> scores) {
        Set<Competency> invalid = offScale(scores);
        if (!invalid.isEmpty()) {
            throw new InvalidScoresException(invalid);
        }
    }
}
