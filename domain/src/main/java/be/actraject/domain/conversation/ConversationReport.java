package be.actraject.domain.conversation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a coach reports of one conversation; its day lies from the trajectory's start up to today, which {@link
 * IndividualConversations#record} checks (one refusal naming both days).
 *
 * @param agreements   the general agreements in words; the concrete ones are the action points
 * @param actionPoints the new agreements: what, who, by when
 * @param reviews      the outcome of earlier open action points that were reviewed, by their id; an action point
 *                     left out, or reviewed as OPEN, stays open
 */
public record ConversationReport(
        @NotNull LocalDate heldOn,
        @NotNull ConversationKind kind,
        @NotBlank @Size(max = 500) String topics,
        @Size(max = 4000) String notes,
        @Size(max = 4000) String agreements,
        LocalDate nextPlannedOn,
        @NotNull @Size(max = 20) List<@Valid ActionPointDraft> actionPoints,
        @NotNull Map<Long, ActionPointStatus> reviews) {

    public ConversationReport {
        actionPoints = actionPoints == null ? null : List.copyOf(actionPoints);
        reviews = reviews == null ? null : Map.copyOf(reviews);
    }

    /** A report without action points and without reviews. */
    public ConversationReport(LocalDate heldOn, ConversationKind kind, String topics, String notes,
                              String agreements, LocalDate nextPlannedOn) {
        this(heldOn, kind, topics, notes, agreements, nextPlannedOn, List.of(), Map.of());
    }

    /** The next conversation, when planned, comes after this one. */
    @AssertTrue(message = "{conversation.nextPlannedOn.afterHeldOn}")
    public boolean isNextAfterHeld() {
        return nextPlannedOn == null || heldOn == null || nextPlannedOn.isAfter(heldOn);
    }
}
