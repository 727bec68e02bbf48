package be.actraject.web.assessment;

import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Scale;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

import java.util.Collection;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Entre-spiegel's score grid as a form shows it and checks it: the twelve competencies in their seven fields, a
 * score on the cooperative's scale for each. Used by the task "Entre-spiegel" and by the reference profile, with the
 * template fragment {@code fragments/score-grid :: scoreGrid}; the rule itself is {@link Scale#offScale}.
 */
public final class ScoreGrid {

    /** Message key of a score missing or off the scale; its arguments are the scale's minimum and maximum. */
    static final String SCORE_REQUIRED = "assessment.score.required";

    private ScoreGrid() {
    }

    /** Puts what the fragment draws into the model: {@code competencies} and {@code scaleValues} (min … max). */
    public static void addTo(Model model, Scale scale) {
        model.addAttribute("competencies", Competency.values());
        model.addAttribute("scaleValues", IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList());
    }

    /**
     * Marks every competency whose score is missing or off the scale as a field error of {@code scores[...]}, so the
     * form shows them all at once beside the other fields' errors.
     *
     * @return whether the grid is complete
     */
    public static boolean check(Map<Competency, Integer> scores, Scale scale, Errors errors) {
        Collection<Competency> invalid = scale.offScale(scores);
        reject(invalid, scale, errors);
        return invalid.isEmpty();
    }

    /** Marks the given competencies as scored off the scale (what {@code InvalidScoresException} names). */
    public static void reject(Collection<Competency> competencies, Scale scale, Errors errors) {
        competencies.forEach(c -> errors.rejectValue("scores[" + c + "]", SCORE_REQUIRED,
                new Object[]{scale.min(), scale.max()}, null));
    }
}
