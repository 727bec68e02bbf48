package be.actraject.domain.assessment;

import java.util.Map;

/** Scores per competency on a scale: an assessment, or the reference profile they are read against. */
public interface ScoreSeries {

    Scale getScale();

    Map<Competency, Integer> getScores();

    /**
     * Where the score of a competency lies on its scale, from 0 (the minimum) to 1 (the maximum), so that series on
     * different scales (a scale changed between two assessments) can be drawn and compared together.
     */
    default double position(Competency competency) {
        Integer score = getScores().get(competency);
        if (score == null) {
            return 0;
        }
        Scale scale = getScale();
        return (double) (score - scale.min()) / (scale.max() - scale.min());
    }

    /** The score of a competency carried over to another scale, rounded to a whole point. */
    default int scoreOn(Competency competency, Scale scale) {
        return (int) Math.round(scale.min() + position(competency) * (scale.max() - scale.min()));
    }
}
