package be.actraject.domain.prospecting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

@Entity
public class ProspectingActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private LocalDate happenedOn;
    @Enumerated(EnumType.STRING)
    private ProspectingKind kind;
    private String description;
    private String result;
    private String recordedBy;
    private Instant recordedAt;

    protected ProspectingActivity() {
    }

    ProspectingActivity(Long trajectoryId, ProspectingEntry entry, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.happenedOn = entry.happenedOn();
        this.kind = entry.kind();
        this.description = entry.description().strip();
        this.result = entry.result() == null || entry.result().isBlank() ? null : entry.result().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** @return whether anything changed; who recorded it first stays its author */
    boolean update(ProspectingEntry entry) {
        String newDescription = entry.description().strip();
        String newResult = entry.result() == null || entry.result().isBlank() ? null : entry.result().strip();
        if (entry.happenedOn().equals(happenedOn) && entry.kind() == kind && newDescription.equals(description)
                && Objects.equals(newResult, result)) {
            return false;
        }
        happenedOn = entry.happenedOn();
        kind = entry.kind();
        description = newDescription;
        result = newResult;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public ProspectingKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getResult() {
        return result;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
