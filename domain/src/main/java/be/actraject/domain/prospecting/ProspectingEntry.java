package be.actraject.domain.prospecting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** One prospecting activity as the coach logs it. */
public record ProspectingEntry(@NotNull @PastOrPresent LocalDate happenedOn, @NotNull ProspectingKind kind,
                               @NotBlank @Size(max = 500) String description, @Size(max = 500) String result) {
}
