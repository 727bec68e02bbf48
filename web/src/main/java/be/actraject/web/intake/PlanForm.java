package be.actraject.web.intake;

import be.actraject.domain.plan.PlanDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A version of the personal development plan, as typed. */
public class PlanForm {

    @NotBlank
    @Size(max = 4000)
    private String objectives;
    @NotBlank
    @Size(max = 4000)
    private String actions;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate agreedOn;

    public PlanDraft toDraft() {
        return new PlanDraft(objectives, actions, agreedOn);
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }
}
