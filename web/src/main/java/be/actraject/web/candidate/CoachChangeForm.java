package be.actraject.web.candidate;

import be.actraject.domain.trajectory.CoachChanges;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator's change of coach as typed: the new coach's user id and why. */
public class CoachChangeForm {

    @NotBlank
    private String coach;
    @NotBlank
    @Size(max = CoachChanges.MAX_REASON)
    private String reason;

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
