package be.actraject.domain.plan;

import be.actraject.domain.assessment.Competency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One objective of the plan, with the actions that serve it.
 *
 * @param competency the Entre-spiegel competency it develops; null for an objective about the business itself
 */
public record ObjectiveDraft(
        Competency competency,
        @NotBlank @Size(max = 1000) String description,
        @NotEmpty @Size(max = 10) List<@Valid ActionDraft> actions) {

    public ObjectiveDraft {
        actions = actions == null ? null : List.copyOf(actions);
    }
}
