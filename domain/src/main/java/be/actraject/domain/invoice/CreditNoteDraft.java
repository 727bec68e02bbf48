package be.actraject.domain.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A credit note as drafted: why, and the lines credited (as positive amounts). Customer and reference are the
 * credited invoice's.
 */
public record CreditNoteDraft(
        @NotBlank @Size(max = 500) String reason,
        @NotEmpty @Size(max = 50) List<@Valid DraftLine> lines) {

    public CreditNoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
