package be.actraject.domain.earnings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cost of the candidate's activity (materials, a purchase invoice), excluding VAT, counted in its month. */
@Entity
public class ActivityCost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private LocalDate spentOn;
    private String description;
    private BigDecimal amount;
    private String recordedBy;
    private Instant recordedAt;

    protected ActivityCost() {
    }

    ActivityCost(long trajectoryId, LocalDate spentOn, String description, BigDecimal amount, String recordedBy,
                 Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.spentOn = spentOn;
        this.description = description;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
