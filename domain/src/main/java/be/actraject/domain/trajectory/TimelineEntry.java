package be.actraject.domain.trajectory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One line of a trajectory's history, as the dossier shows it. Written once, never changed. */
@Entity
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private TimelineKind kind;
    private String actor;
    /** A short value that completes the sentence of the kind: a phase, a coach, a version number. */
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(Long trajectoryId, Instant occurredAt, TimelineKind kind, String actor, String detail) {
        this.trajectoryId = trajectoryId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
