package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.Totals;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote to one of the candidate's customers. It has no legal number (only invoices do); once accepted it becomes an
 * invoice draft, which goes through the approval like any other.
 */
@Entity
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private Long customerId;
    private String subject;
    private LocalDate validUntil;
    /** Goods or services, carried to the invoice made from the quote (W.btw art. 14, 21). */
    @Enumerated(EnumType.STRING)
    private SupplyKind supplyKind;
    @Enumerated(EnumType.STRING)
    private QuoteStatus status;
    @ElementCollection
    @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "line_no")
    private List<InvoiceLine> lines = new ArrayList<>();
    private BigDecimal amountExclVat;
    private BigDecimal vatAmount;
    private Long invoiceId;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Quote() {
    }

    Quote(long trajectoryId, QuoteDraft draft, List<InvoiceLine> lines, String createdBy, Instant createdAt) {
        this.trajectoryId = trajectoryId;
        this.customerId = draft.customerId();
        this.subject = draft.subject().strip();
        this.validUntil = draft.validUntil();
        this.supplyKind = draft.supplyKind();
        this.lines.addAll(lines);
        Totals totals = totals();
        this.amountExclVat = totals.lineTotal();
        this.vatAmount = totals.vatTotal();
        this.status = QuoteStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Totals totals() {
        return Totals.of(lines.stream().map(InvoiceLine::toLine).toList());
    }

    /** Accepted by the customer: made into this invoice. Only an open quote that still holds. */
    void convert(long invoiceId, LocalDate today) {
        if (status != QuoteStatus.OPEN || today.isAfter(validUntil)) {
            throw new QuoteStateException(id, status);
        }
        this.status = QuoteStatus.INVOICED;
        this.invoiceId = invoiceId;
    }

    void decline() {
        if (status != QuoteStatus.OPEN) {
            throw new QuoteStateException(id, status);
        }
        this.status = QuoteStatus.DECLINED;
    }

    public boolean isExpired(LocalDate today) {
        return status == QuoteStatus.OPEN && today.isAfter(validUntil);
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public SupplyKind getSupplyKind() {
        return supplyKind == null ? SupplyKind.SERVICES : supplyKind;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }

    public BigDecimal getAmountExclVat() {
        return amountExclVat;
    }

    public BigDecimal total() {
        return amountExclVat.add(vatAmount);
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
