package be.actraject.web.limits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the coach means to use the time left. */
public class WarningForm {

    @NotBlank
    @Size(max = 2000)
    private String plan;

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }
}
