package be.actraject.domain.exploration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new state of one deliverable. */
public record DeliverableUpdate(@NotNull DeliverableKind kind, @NotNull DeliverableStatus status,
                                @Size(max = 500) String note) {
}
