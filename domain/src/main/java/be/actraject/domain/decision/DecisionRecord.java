package be.actraject.domain.decision;

import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One decision as taken: in which task, what, with which exit if it ends the trajectory, and why. */
@Entity
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    /** The task definition key of the decision task. */
    private String task;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Enumerated(EnumType.STRING)
    private ExitType exitType;
    private String motivation;
    private String decidedBy;
    private Instant decidedAt;

    protected DecisionRecord() {
    }

    DecisionRecord(Long trajectoryId, String task, Decision decision, ExitType exitType, String motivation,
                   String decidedBy, Instant decidedAt) {
        this.trajectoryId = trajectoryId;
        this.task = task;
        this.decision = decision;
        this.exitType = exitType;
        this.motivation = motivation;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public String getTask() {
        return task;
    }

    public Decision getDecision() {
        return decision;
    }

    public ExitType getExitType() {
        return exitType;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
