package be.actraject.web.training;

import be.actraject.workflow.Decision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The coordinator's answer to an enrolment in a module that costs money: agree, or refuse with the reason. */
public class TrainingApprovalForm {

    @NotNull
    private Decision decision;
    @Size(max = 2000)
    private String reason;

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
