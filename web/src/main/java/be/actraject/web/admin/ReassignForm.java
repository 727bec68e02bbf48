package be.actraject.web.admin;

import jakarta.validation.constraints.NotBlank;

/** A task handed to someone: their user id (whether the account exists is the repair's to say). */
record ReassignForm(@NotBlank(message = "{stuck.refused.NO_REASON}") String reason,
                    @NotBlank(message = "{stuck.refused.NO_SUCH_USER}") String userId) implements RepairForm {
}
