package be.actraject.web.admin;

import be.actraject.workflow.ExitType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

/** A trajectory ended by an administrator: how it ends, recorded as its exit registration. */
record EndForm(@NotBlank(message = "{stuck.refused.NO_REASON}") @Size(max = StuckLimits.REASON, message = "{stuck.refused.TOO_LONG}") String reason,
               @NotNull(message = "{stuck.refused.NO_EXIT}") ExitType exit) implements RepairForm {
}
