package be.actraject.domain.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An agreement of a conversation as the coach writes it down: what, who, by when. */
public record ActionPointDraft(
        @NotBlank @Size(max = 500) String what,
        @NotNull ActionOwner owner,
        @NotNull LocalDate dueOn) {
}
