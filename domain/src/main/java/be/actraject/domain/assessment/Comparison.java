package be.actraject.domain.assessment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An assessment read against the reference profile and, when there is one, the assessment before it: what the
 * spider chart draws, the development report tells and the plan's suggestions start from.
 */
public record Comparison(Assessment latest, Optional<Assessment> previous, ReferenceProfile reference) {

    /**
     * The competencies below the reference, the largest gap first; ties in the instrument's order. The reference
     * is converted to the assessment's scale, so a gap is in the points the coach scored in.
     */
    public List<Gap> gaps() {
        int span = latest.getScale().max() - latest.getScale().min();
        return Arrays.stream(Competency.values())
                .map(c -> {
                    double share = Math.max(0, reference.position(c) - latest.position(c));
                    int referenceOnScale = (int) Math.round(latest.getScale().min() + reference.position(c) * span);
                    return new Gap(c, latest.getScores().get(c), referenceOnScale, share);
                })
                .filter(g -> g.share() > 0)
                .sorted(Comparator.comparingDouble(Gap::share).reversed()
                        .thenComparing(g -> g.competency().ordinal()))
                .toList();
    }
}
