package be.actraject.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One version of a candidate's personal development plan. */
@Entity
public class DevelopmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private int version;

    @BatchSize(size = 50)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<PlanObjective> objectives = new ArrayList<>();
    private LocalDate agreedOn;
    private String recordedBy;
    private Instant recordedAt;

    protected DevelopmentPlan() {
    }

    DevelopmentPlan(Long trajectoryId, int version, PlanDraft draft, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.version = version;
        for (int i = 0; i < draft.objectives().size(); i++) {
            objectives.add(new PlanObjective(i, draft.objectives().get(i)));
        }
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

    public List<PlanObjective> getObjectives() {
        return List.copyOf(objectives);
    }

    /** This version as a draft, the starting point of the next one. */
    public PlanDraft toDraft() {
        return new PlanDraft(objectives.stream().map(PlanObjective::toDraft).toList(), agreedOn);
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
