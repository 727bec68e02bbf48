package be.actraject.domain.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received on an issued invoice. */
@Entity
@Table(name = "invoice_payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long invoiceId;
    private LocalDate paidOn;
    private BigDecimal amount;
    private String reference;
    private String registeredBy;
    private Instant registeredAt;

    protected Payment() {
    }

    Payment(Long invoiceId, LocalDate paidOn, BigDecimal amount, String reference, String registeredBy,
            Instant registeredAt) {
        this.invoiceId = invoiceId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
