package be.actraject.web.intake;

import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Gap;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A version of the personal development plan, as typed: objectives, each about a competency or about the business,
 * each with its actions. The form offers empty lines to fill; lines left empty are no objective or action.
 */
public class PlanForm {

    /** Objectives a form offers at least, and actions per objective. */
    static final int OBJECTIVE_ROWS = 4;
    static final int ACTION_ROWS = 3;
    /** Objectives suggested from the largest gaps to the reference profile. */
    static final int SUGGESTIONS = 3;

    @Valid
    private List<ObjectiveRow> objectives = new ArrayList<>();
    @NotNull
    @InDateWindow(DateWindow.PLAN_AGREED)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate agreedOn;

    /** A first plan: one objective for each of the largest gaps, worded by {@code wording}. */
    static PlanForm suggested(List<Gap> gaps, Function<Competency, String> wording, LocalDate today) {
        PlanForm form = new PlanForm();
        form.agreedOn = today;
        gaps.stream().limit(SUGGESTIONS).forEach(g -> {
            ObjectiveRow row = new ObjectiveRow();
            row.setCompetency(g.competency());
            row.setDescription(wording.apply(g.competency()));
            row.setSuggested(true);
            form.objectives.add(row);
        });
        form.fill();
        return form;
    }

    /** The next version, starting from the current one. */
    static PlanForm from(PlanDraft current, LocalDate today) {
        PlanForm form = new PlanForm();
        form.agreedOn = today;
        current.objectives().forEach(o -> form.objectives.add(ObjectiveRow.from(o)));
        form.fill();
        return form;
    }

    /** Adds empty lines up to the form's minimum, and one empty action line to each objective. */
    void fill() {
        objectives.forEach(ObjectiveRow::fill);
        while (objectives.size() < OBJECTIVE_ROWS) {
            ObjectiveRow row = new ObjectiveRow();
            row.fill();
            objectives.add(row);
        }
    }

    /**
     * The checks that span lines: an objective needs at least one action, an action its target date, a plan at
     * least one objective.
     */
    void validate(Errors errors, LocalDate today) {
        boolean any = false;
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveRow o = objectives.get(i);
            if (o.isEmpty()) {
                continue;
            }
            any = true;
            String path = "objectives[" + i + "]";
            if (o.getDescription() == null || o.getDescription().isBlank()) {
                errors.rejectValue(path + ".description", "plan.objective.description.required");
            }
            if (o.getActions().stream().allMatch(ActionRow::isEmpty)) {
                errors.rejectValue(path + ".actions[0].description", "plan.objective.actions.required");
            }
            for (int j = 0; j < o.getActions().size(); j++) {
                ActionRow a = o.getActions().get(j);
                if (!a.isEmpty() && a.getTargetOn() == null) {
                    errors.rejectValue(path + ".actions[" + j + "].targetOn", "plan.action.targetOn.required");
                }
                String doneOn = path + ".actions[" + j + "].doneOn";
                if (!a.isEmpty() && a.getDoneOn() != null && a.getDoneOn().isAfter(today)
                        && !errors.hasFieldErrors(doneOn)) {
                    errors.rejectValue(doneOn, "plan.action.doneOn.future");
                }
            }
        }
        if (!any) {
            errors.reject("plan.objectives.required");
        }
    }

    PlanDraft toDraft() {
        return new PlanDraft(objectives.stream().filter(o -> !o.isEmpty()).map(ObjectiveRow::toDraft).toList(),
                agreedOn);
    }

    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ObjectiveRow> objectives) {
        this.objectives = objectives;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    /** One objective line. */
    public static class ObjectiveRow {

        private Competency competency;
        @Size(max = 1000)
        private String description;
        private boolean suggested;
        @Valid
        private List<ActionRow> actions = new ArrayList<>();

        static ObjectiveRow from(ObjectiveDraft draft) {
            ObjectiveRow row = new ObjectiveRow();
            row.competency = draft.competency();
            row.description = draft.description();
            draft.actions().forEach(a -> row.actions.add(ActionRow.from(a)));
            return row;
        }

        void fill() {
            while (actions.size() < ACTION_ROWS || actions.stream().noneMatch(ActionRow::isEmpty)) {
                actions.add(new ActionRow());
            }
        }

        /** A line with neither a description nor an action is no objective; clearing a suggestion drops it. */
        boolean isEmpty() {
            return actions.stream().allMatch(ActionRow::isEmpty) && (description == null || description.isBlank());
        }

        ObjectiveDraft toDraft() {
            return new ObjectiveDraft(competency, description,
                    actions.stream().filter(a -> !a.isEmpty()).map(ActionRow::toDraft).toList());
        }

        public Competency getCompetency() {
            return competency;
        }

        public void setCompetency(Competency competency) {
            this.competency = competency;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isSuggested() {
            return suggested;
        }

        public void setSuggested(boolean suggested) {
            this.suggested = suggested;
        }

        public List<ActionRow> getActions() {
            return actions;
        }

        public void setActions(List<ActionRow> actions) {
            this.actions = actions;
        }
    }

    /** One action line of an objective. */
    public static class ActionRow {

        @Size(max = 1000)
        private String description;
        @InDateWindow(DateWindow.PLAN_ACTION_TARGET)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate targetOn;
        @InDateWindow(DateWindow.PLAN_ACTION_DONE)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate doneOn;

        static ActionRow from(ActionDraft draft) {
            ActionRow row = new ActionRow();
            row.description = draft.description();
            row.targetOn = draft.targetOn();
            row.doneOn = draft.doneOn();
            return row;
        }

        boolean isEmpty() {
            return description == null || description.isBlank();
        }

        ActionDraft toDraft() {
            return new ActionDraft(description, targetOn, doneOn);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public LocalDate getTargetOn() {
            return targetOn;
        }

        public void setTargetOn(LocalDate targetOn) {
            this.targetOn = targetOn;
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
        }
    }
}
