package be.actraject.domain.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the plan as the coach writes it down: objectives, each with its actions.
 *
 * @param agreedOn the day the candidate agreed to this version
 */
public record PlanDraft(
        @NotEmpty @Size(max = 12) List<@Valid ObjectiveDraft> objectives,
        @NotNull @PastOrPresent LocalDate agreedOn) {

    public PlanDraft {
        objectives = objectives == null ? null : List.copyOf(objectives);
    }

    /** A plan of one objective with one action, due a month after the agreement (demo data, tests). */
    public static PlanDraft single(String objective, String action, LocalDate agreedOn) {
        return new PlanDraft(List.of(new ObjectiveDraft(null, objective,
                List.of(new ActionDraft(action, agreedOn.plusMonths(1), null)))), agreedOn);
    }
}
