package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A task handed to someone: their user id (whether the account exists is the repair's to say). */
record ReassignForm(@NotBlank(message = "{stuck.refused.NO_REASON}") @Size(max = StuckLimits.REASON, message = "{stuck.refused.TOO_LONG}") String reason,
                    @NotBlank(message = "{stuck.refused.NO_SUCH_USER}")
                    @Size(max = 64, message = "{stuck.refused.NO_SUCH_USER}") String userId) implements RepairForm {
}
