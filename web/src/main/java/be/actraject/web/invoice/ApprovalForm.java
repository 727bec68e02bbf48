package be.actraject.web.invoice;

import be.actraject.workflow.Decision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class ApprovalForm {

    @NotNull
    private Decision decision;
    @Size(max = 1000)
    private String remarks;

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
