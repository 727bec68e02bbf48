package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A token moved: from the activity the row shows (hidden in the form; gone meanwhile is "changed") to the one typed
 * (whether the model has it is the repair's to say).
 */
record MoveForm(@NotBlank(message = "{stuck.refused.NO_REASON}") @Size(max = StuckLimits.REASON, message = "{stuck.refused.TOO_LONG}") String reason,
                @NotBlank(message = "{stuck.refused.CHANGED}")
                @Size(max = 255, message = "{stuck.refused.CHANGED}") String fromActivityId,
                @NotBlank(message = "{stuck.refused.NO_SUCH_ACTIVITY}")
                @Size(max = 255, message = "{stuck.refused.NO_SUCH_ACTIVITY}") String toActivityId) implements RepairForm {
}
