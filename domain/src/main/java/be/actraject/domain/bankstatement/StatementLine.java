package be.actraject.domain.bankstatement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booked entry of a statement of the cooperative's account, recorded once by its bank reference, with what became
 * of it: a payment of an invoice, or a line on the review list until office staff match it or mark it not ours.
 */
@Entity
@Table(name = "bank_statement_entry")
public class StatementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long importId;
    private String account;
    private String reference;
    private LocalDate bookedOn;
    private BigDecimal amount;
    private String currency;
    private boolean credit;
    private String counterparty;
    private String counterpartyAccount;
    private String communication;
    @Enumerated(EnumType.STRING)
    private LineOutcome outcome;
    @Enumerated(EnumType.STRING)
    private ReviewReason reviewReason;
    private Long invoiceId;
    private String resolvedBy;
    private Instant resolvedAt;
    /** Two office staff resolving the same line at once: the second is refused, not booked twice. */
    @Version
    private long version;

    protected StatementLine() {
    }

    StatementLine(Long importId, String account, StatementEntry entry) {
        this.importId = importId;
        this.account = account;
        this.reference = entry.reference();
        this.bookedOn = entry.bookedOn();
        this.amount = entry.amount();
        this.currency = entry.currency();
        this.credit = entry.credit();
        this.counterparty = cut(entry.counterparty(), 140);
        this.counterpartyAccount = cut(entry.counterpartyAccount(), 34);
        this.communication = cut(entry.communication(), Remittance.MAX_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null ? null : text.length() > length ? text.substring(0, length) : text;
    }

    void settled(LineOutcome outcome, Long invoiceId) {
        this.outcome = outcome;
        this.invoiceId = invoiceId;
        this.reviewReason = null;
    }

    void toReview(ReviewReason reason, Long invoiceId) {
        this.outcome = LineOutcome.TO_REVIEW;
        this.reviewReason = reason;
        this.invoiceId = invoiceId;
    }

    /** Matched for part of its amount: stays on the review list for the rest, showing the invoice it paid. */
    void partlyMatched(Long invoiceId) {
        this.invoiceId = invoiceId;
    }

    void resolved(LineOutcome outcome, Long invoiceId, String by, Instant at) {
        this.outcome = outcome;
        this.invoiceId = invoiceId;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getImportId() {
        return importId;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isCredit() {
        return credit;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public String getCounterpartyAccount() {
        return counterpartyAccount;
    }

    public String getCommunication() {
        return communication;
    }

    public LineOutcome getOutcome() {
        return outcome;
    }

    public ReviewReason getReviewReason() {
        return reviewReason;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
