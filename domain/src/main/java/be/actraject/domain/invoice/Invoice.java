package be.actraject.domain.invoice;

import be.actraject.domain.belgium.StructuredCommunication;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** An invoice of a candidate's activity; immutable once issued. */
@Entity
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private String customerName;
    private Long customerId;
    private String description;
    private BigDecimal amountExclVat;
    private BigDecimal vatRate;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String remarks;
    private String number;
    private LocalDate issuedOn;
    private String communication;
    private LocalDate dueOn;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Invoice() {
    }

    Invoice(Long trajectoryId, InvoiceDraft draft, String createdBy, Instant createdAt) {
        this.trajectoryId = trajectoryId;
        apply(draft);
        this.status = InvoiceStatus.SUBMITTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private void apply(InvoiceDraft draft) {
        this.customerName = draft.customerName().strip();
        this.customerId = draft.customerId();
        this.description = draft.description().strip();
        this.amountExclVat = draft.amountExclVat().setScale(2, RoundingMode.HALF_UP);
        this.vatRate = draft.vatRate().percent();
    }

    void sendBack(String remarks) {
        requireStatus(InvoiceStatus.SUBMITTED);
        this.status = InvoiceStatus.SENT_BACK;
        this.remarks = remarks;
    }

    void correct(InvoiceDraft draft) {
        requireStatus(InvoiceStatus.SENT_BACK);
        apply(draft);
        this.status = InvoiceStatus.SUBMITTED;
    }

    void issue(String number, LocalDate on, StructuredCommunication communication, LocalDate dueOn) {
        requireStatus(InvoiceStatus.SUBMITTED);
        this.number = number;
        this.issuedOn = on;
        this.communication = communication.digits();
        this.dueOn = dueOn;
        this.status = InvoiceStatus.ISSUED;
    }

    /** The structured communication to pay an issued invoice with; null before it is issued. */
    public StructuredCommunication getCommunication() {
        return communication == null ? null : new StructuredCommunication(communication);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    private void requireStatus(InvoiceStatus expected) {
        if (status != expected) {
            throw new InvoiceStateException(id, status, expected);
        }
    }

    public BigDecimal vatAmount() {
        return amountExclVat.multiply(vatRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal total() {
        return amountExclVat.add(vatAmount());
    }

    public InvoiceDraft asDraft() {
        return new InvoiceDraft(customerName, description, amountExclVat, VatRate.of(vatRate), customerId);
    }

    public Long getId() {
        return id;
    }

    public Long getTrajectoryId() {
        return trajectoryId;
    }

    /** The recorded customer; null for one known by name only. */
    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmountExclVat() {
        return amountExclVat;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
