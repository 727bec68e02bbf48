package be.actraject.domain.earnings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One month's statement, with every figure of its computation ({@link MonthlyPayout}) as it was when drawn up: the
 * hours worked, paid revenue, costs, the cooperative's contribution, the balance carried in and out, the cap and the
 * payout ({@code amount}).
 */
@Entity
public class ExtraEarningsStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    /** The month, as yyyy-MM. */
    private String statementMonth;
    private BigDecimal hours;
    private BigDecimal paidRevenue;
    private BigDecimal costs;
    private BigDecimal carriedIn;
    private BigDecimal contributionPercent;
    private BigDecimal contribution;
    private BigDecimal capPerHour;
    /** The payout. */
    @Column(name = "amount")
    private BigDecimal payout;
    private BigDecimal carriedOut;
    private String recordedBy;
    private Instant recordedAt;

    protected ExtraEarningsStatement() {
    }

    ExtraEarningsStatement(Long trajectoryId, MonthlyPayout payout, BigDecimal contributionPercent,
                           BigDecimal capPerHour, String recordedBy, Instant recordedAt) {
        this.trajectoryId = trajectoryId;
        this.statementMonth = payout.month().toString();
        this.hours = payout.hours();
        this.paidRevenue = payout.paidRevenue();
        this.costs = payout.costs();
        this.carriedIn = payout.carriedIn();
        this.contributionPercent = contributionPercent;
        this.contribution = payout.contribution();
        this.capPerHour = capPerHour;
        this.payout = payout.payout();
        this.carriedOut = payout.carriedOut();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The computation again, from the stored figures. */
    public MonthlyPayout computation() {
        return MonthlyPayout.compute(YearMonth.parse(statementMonth), hours, paidRevenue, costs, carriedIn,
                contributionPercent, capPerHour);
    }

    public Long getId() {
        return id;
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

    public BigDecimal getPaidRevenue() {
        return paidRevenue;
    }

    public BigDecimal getCosts() {
        return costs;
    }

    public BigDecimal getCarriedIn() {
        return carriedIn;
    }

    public BigDecimal getContribution() {
        return contribution;
    }

    public BigDecimal getContributionPercent() {
        return contributionPercent;
    }

    /** What the statement pays. */
    public BigDecimal getAmount() {
        return payout;
    }

    public BigDecimal getCarriedOut() {
        return carriedOut;
    }

    public BigDecimal getCapPerHour() {
        return capPerHour;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
