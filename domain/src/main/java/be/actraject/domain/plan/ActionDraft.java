package be.actraject.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An action of an objective.
 *
 * @param doneOn null while it is not done
 */
public record ActionDraft(
        @NotBlank @Size(max = 1000) String description,
        @NotNull LocalDate targetOn,
        LocalDate doneOn) {
}
