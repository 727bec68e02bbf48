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

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The profile of a successful, experienced entrepreneur that Entre-spiegel assessments are read against: a score per
 * competency on a scale. Each change is a new version, kept with who made it and why; the newest is in force.
 */
@Entity
public class ReferenceProfile implements ScoreSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int scaleMin;
    private int scaleMax;
    private String reason;
    private String setBy;
    private Instant setAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reference_profile_score", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "competency")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Competency, Integer> scores = new EnumMap<>(Competency.class);

    protected ReferenceProfile() {
    }

    ReferenceProfile(Scale scale, Map<Competency, Integer> scores, String reason, String setBy, Instant setAt) {
        this.scaleMin = scale.min();
        this.scaleMax = scale.max();
        this.scores.putAll(scores);
        this.reason = reason;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Scale getScale() {
        return new Scale(scaleMin, scaleMax);
    }

    @Override
    public Map<Competency, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public String getReason() {
        return reason;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
