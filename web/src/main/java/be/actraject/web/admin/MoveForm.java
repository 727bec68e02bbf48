package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A token moved: from the activity the row shows (hidden in the form; gone meanwhile is "changed") to the one typed
 * (whether the model has it is the repair's to say).
 */
record MoveForm(@NotBlank(message = "{stuck.refused.NO_REASON}") String reason,
                @NotBlank(message = "{stuck.refused.CHANGED}") String fromActivityId,
                @NotBlank(message = "{stuck.refused.NO_SUCH_ACTIVITY}") String toActivityId) implements RepairForm {
}
