package be.actraject.domain.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** One Entre-spiegel assessment: a score per competency on the scale of the day. */
@Entity
@Table(name = "entre_spiegel_assessment")
public class Assessment implements ScoreSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private LocalDate assessedOn;
    private int scaleMin;
    private int scaleMax;
    private String recordedBy;
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entre_spiegel_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "competency")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Competency, Integer> scores = new EnumMap<>(Competency.class);

    protected Assessment() {
    }

    Assessment(Long trajectoryId, LocalDate assessedOn, Scale scale, Map<Competency, Integer> scores,
               String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.assessedOn = assessedOn;
        this.scaleMin = scale.min();
        this.scaleMax = scale.max();
        this.scores.putAll(scores);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    @Override
    public Scale getScale() {
        return new Scale(scaleMin, scaleMax);
    }

    @Override
    public Map<Competency, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
