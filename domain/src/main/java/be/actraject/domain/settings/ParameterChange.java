package be.actraject.domain.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One change of one parameter: from what, to what, why, by whom, when. Never changed; the latest applies. */
@Entity
public class ParameterChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String oldValue;
    private String newValue;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected ParameterChange() {
    }

    ParameterChange(String name, String oldValue, String newValue, String reason, String changedBy,
                    Instant changedAt) {
        this.name = name;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
