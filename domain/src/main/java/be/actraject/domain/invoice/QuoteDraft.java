package be.actraject.domain.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A quote as drafted: for one of the candidate's recorded customers, what it is about, until when it holds, its lines.
 */
public record QuoteDraft(
        @NotNull Long customerId,
        @NotBlank @Size(max = 500) String subject,
        @NotNull LocalDate validUntil,
        @NotEmpty @Size(max = 50) List<@Valid DraftLine> lines) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
