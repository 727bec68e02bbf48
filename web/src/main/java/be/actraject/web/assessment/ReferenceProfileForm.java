package be.actraject.web.assessment;

import be.actraject.domain.assessment.Competency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.EnumMap;
import java.util.Map;

/** A new version of the reference profile, as typed: a score per competency and why it changes. */
public class ReferenceProfileForm {

    private Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
    @NotBlank
    @Size(max = 500)
    private String reason;

    public Map<Competency, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Competency, Integer> scores) {
        this.scores = scores;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
