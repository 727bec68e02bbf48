package be.actraject.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A version of the plan as the coach writes it down.
 *
 * @param agreedOn the day the candidate agreed to this version
 */
public record PlanDraft(
        @NotBlank @Size(max = 4000) String objectives,
        @NotBlank @Size(max = 4000) String actions,
        @NotNull @PastOrPresent LocalDate agreedOn) {
}
