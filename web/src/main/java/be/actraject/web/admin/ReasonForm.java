package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A repair that needs nothing but its reason: retry a failed job (or all), fire a timer, hand a task back, escalate
 * it, cancel an instance.
 */
record ReasonForm(@NotBlank(message = "{stuck.refused.NO_REASON}") @Size(max = StuckLimits.REASON, message = "{stuck.refused.TOO_LONG}") String reason)
        implements RepairForm {
}
