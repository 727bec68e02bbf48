package be.actraject.web.decision;

import be.actraject.workflow.Decision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision and why. */
public class DecisionForm {

    @NotNull
    private Decision decision;
    @NotBlank
    @Size(max = 2000)
    private String motivation;

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
