package be.actraject.web.limits;

import be.actraject.web.decision.DecisionForm;
import be.actraject.workflow.ExitType;

/** At the limit: extend by a number of months, or end with an exit type. */
public class EscalationForm extends DecisionForm {

    private Integer extensionMonths = 1;
    private ExitType exitType;

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public ExitType getExitType() {
        return exitType;
    }

    public void setExitType(ExitType exitType) {
        this.exitType = exitType;
    }
}
