package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A repair that needs nothing but its reason: retry a failed job (or all), fire a timer, hand a task back, escalate
 * it, cancel an instance.
 */
record ReasonForm(@NotBlank(message = "{stuck.refused.NO_REASON}") String reason)
        implements RepairForm {
}
