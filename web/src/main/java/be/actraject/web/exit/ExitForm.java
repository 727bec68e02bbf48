package be.actraject.web.exit;

import be.actraject.workflow.ExitType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class ExitForm {

    @NotNull
    private ExitType exitType;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    public ExitType getExitType() {
        return exitType;
    }

    public void setExitType(ExitType exitType) {
        this.exitType = exitType;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
