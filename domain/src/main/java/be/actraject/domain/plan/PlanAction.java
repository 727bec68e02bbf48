package be.actraject.domain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** One action of an objective: what, by when, and when it was done. */
@Entity
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String description;
    private LocalDate targetOn;
    private LocalDate doneOn;

    protected PlanAction() {
    }

    PlanAction(int position, ActionDraft draft) {
        this.position = position;
        this.description = draft.description().strip();
        this.targetOn = draft.targetOn();
        this.doneOn = draft.doneOn();
    }

    ActionDraft toDraft() {
        return new ActionDraft(description, targetOn, doneOn);
    }

    /** Open again: the attendance that marked it done was taken back. */
    void reopen() {
        doneOn = null;
    }

    /** Done on that day, unless it was done already (the earlier day stays). */
    void markDone(LocalDate on) {
        if (doneOn == null) {
            doneOn = on;
        }
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && targetOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
