package be.actraject.domain.conversation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a coach reports of one conversation. */
public record ConversationReport(
        @NotNull @PastOrPresent LocalDate heldOn,
        @NotNull ConversationKind kind,
        @NotBlank @Size(max = 500) String topics,
        @Size(max = 4000) String notes,
        @Size(max = 4000) String agreements,
        LocalDate nextPlannedOn) {

    /** The next conversation, when planned, comes after this one. */
    @AssertTrue(message = "{conversation.nextPlannedOn.afterHeldOn}")
    public boolean isNextAfterHeld() {
        return nextPlannedOn == null || heldOn == null || nextPlannedOn.isAfter(heldOn);
    }
}
