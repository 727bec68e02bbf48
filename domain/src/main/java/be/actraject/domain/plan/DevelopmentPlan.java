package be.actraject.domain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a candidate's personal development plan. */
@Entity
public class DevelopmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private int version;
    private String objectives;
    private String actions;
    private LocalDate agreedOn;
    private String recordedBy;
    private Instant recordedAt;

    protected DevelopmentPlan() {
    }

    DevelopmentPlan(Long trajectoryId, int version, PlanDraft draft, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.version = version;
        this.objectives = draft.objectives().strip();
        this.actions = draft.actions().strip();
        this.agreedOn = draft.agreedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public int getVersion() {
        return version;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getActions() {
        return actions;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
