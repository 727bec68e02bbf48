package be.actraject.domain.earnings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

/** One month's statement: hours worked and the extra earnings paid, with the hourly cap that applied. */
@Entity
public class ExtraEarningsStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    /** The month, as yyyy-MM. */
    private String statementMonth;
    private BigDecimal hours;
    private BigDecimal amount;
    private BigDecimal capPerHour;
    private String recordedBy;
    private Instant recordedAt;

    protected ExtraEarningsStatement() {
    }

    ExtraEarningsStatement(Long trajectoryId, String statementMonth, BigDecimal hours, BigDecimal amount,
                           BigDecimal capPerHour, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.statementMonth = statementMonth;
        this.hours = hours;
        this.amount = amount;
        this.capPerHour = capPerHour;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public String getStatementMonth() {
        return statementMonth;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getCapPerHour() {
        return capPerHour;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
