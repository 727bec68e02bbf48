package be.actraject.domain.invoice;

import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.candidate.SearchKeys;
import be.actraject.domain.einvoice.ReverseChargeWork;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.Totals;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * An invoice of a candidate's activity, or a credit note correcting one; immutable once issued. Its lines are
 * summed by the rules of EN 16931 ({@link Totals}); the net total and the VAT are kept beside them for the lists and
 * the approval rule.
 */
@Entity
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectoryId;
    private String customerName;
    /** The customer's name folded ({@link SearchKeys#name}) for the invoice book's search: kept, not computed. */
    private String customerSearch;
    private Long customerId;
    private String description;
    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;
    private Long creditedInvoiceId;
    private Long quoteId;
    private String buyerReference;
    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<InvoiceLine> lines = new ArrayList<>();
    private BigDecimal amountExclVat;
    private BigDecimal vatAmount;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String remarks;
    private String number;
    private LocalDate issuedOn;
    private String communication;
    private LocalDate dueOn;
    private LocalDate deliveryDate;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String deliverToCountry;
    @Enumerated(EnumType.STRING)
    private ReverseChargeWork reverseChargeWork;
    /** Goods or services: where the supply is taxed (W.btw art. 14, 21). */
    @Enumerated(EnumType.STRING)
    private SupplyKind supplyKind;
    /** The cooperative as it was when this was issued; null before. */
    @Embedded
    private IssuedSeller seller;
    /** The recorded customer as it was when this was issued; null before, and for a customer known by name only. */
    @Embedded
    private IssuedBuyer buyer;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Invoice() {
    }

    Invoice(Long trajectoryId, InvoiceKind kind, InvoiceDraft draft, List<InvoiceLine> lines, String createdBy,
            Instant createdAt) {
        this.trajectoryId = trajectoryId;
        this.kind = kind;
        apply(draft, lines);
        this.status = InvoiceStatus.SUBMITTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static Invoice creditNote(Invoice credited, InvoiceDraft draft, List<InvoiceLine> lines, String createdBy,
                              Instant createdAt) {
        Invoice note = new Invoice(credited.trajectoryId, InvoiceKind.CREDIT_NOTE, draft, lines, createdBy, createdAt);
        note.creditedInvoiceId = credited.id;
        return note;
    }

    void fromQuote(long quoteId) {
        this.quoteId = quoteId;
    }

    private void apply(InvoiceDraft draft, List<InvoiceLine> newLines) {
        this.customerName = draft.customerName().strip();
        this.customerSearch = SearchKeys.name(customerName);
        this.customerId = draft.customerId();
        this.description = draft.description().strip();
        this.buyerReference = draft.buyerReference() == null || draft.buyerReference().isBlank() ? null
                : draft.buyerReference().strip();
        this.lines.clear();
        this.lines.addAll(newLines);
        Supply supply = draft.supply();
        this.deliveryDate = supply.deliveryDate();
        this.periodStart = supply.periodStart();
        this.periodEnd = supply.periodEnd();
        this.deliverToCountry = supply.deliverToCountry();
        this.reverseChargeWork = supply.work();
        this.supplyKind = supply.kind();
        Totals totals = totals();
        this.amountExclVat = totals.lineTotal();
        this.vatAmount = totals.vatTotal();
    }

    /** The VAT breakdown per rate and the totals, by the rounding rules of EN 16931. */
    public Totals totals() {
        return Totals.of(lines.stream().map(InvoiceLine::toLine).toList());
    }

    void sendBack(String remarks) {
        requireStatus(InvoiceStatus.SUBMITTED);
        this.status = InvoiceStatus.SENT_BACK;
        this.remarks = remarks;
    }

    void correct(InvoiceDraft draft, List<InvoiceLine> newLines) {
        requireStatus(InvoiceStatus.SENT_BACK);
        apply(draft, newLines);
        this.status = InvoiceStatus.SUBMITTED;
    }

    void issue(String number, LocalDate on, StructuredCommunication communication, LocalDate dueOn,
               IssuedSeller seller) {
        requireStatus(InvoiceStatus.SUBMITTED);
        this.seller = seller;
        this.number = number;
        this.issuedOn = on;
        this.communication = communication == null ? null : communication.digits();
        this.dueOn = dueOn;
        this.status = InvoiceStatus.ISSUED;
    }

    /** The structured communication to pay an issued invoice with; null before it is issued. */
    public StructuredCommunication getCommunication() {
        return communication == null ? null : new StructuredCommunication(communication);
    }

    /** The cooperative as this issued invoice names it; null before it is issued (and for one issued before V15). */
    public IssuedSeller getSeller() {
        return seller;
    }

    /**
     * For an invoice issued before sellers were recorded (V15): records the seller it is read with from now on, so
     * that a later change of the configuration no longer changes it.
     */
    void recordSellerIfMissing(IssuedSeller current) {
        if (seller == null && status == InvoiceStatus.ISSUED) {
            seller = current;
        }
    }

    /** The recorded customer as this issued invoice names it; null before it is issued or without one. */
    public IssuedBuyer getBuyer() {
        return buyer;
    }

    /**
     * Keeps the customer as it is now with an issued invoice, once: a later correction of the customer does not
     * change a document already sent. Called at issue, and at the first read of one issued without (V41 copied the
     * customers of those issued before).
     */
    void recordBuyerIfMissing(IssuedBuyer current) {
        if (buyer == null && status == InvoiceStatus.ISSUED) {
            buyer = current;
        }
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
        return vatAmount;
    }

    /** The amount payable, VAT included (for a credit note: the amount credited). */
    public BigDecimal total() {
        return amountExclVat.add(vatAmount);
    }

    public InvoiceDraft asDraft() {
        return new InvoiceDraft(customerName, description, customerId, buyerReference,
                lines.stream().map(InvoiceLine::asDraft).toList(), getSupply());
    }

    /** When, where and what was supplied, as the documents say it. */
    public Supply getSupply() {
        return new Supply(deliveryDate, periodStart, periodEnd, deliverToCountry, reverseChargeWork, supplyKind);
    }

    public List<InvoiceLine> getLines() {
        return List.copyOf(lines);
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public boolean isCreditNote() {
        return kind == InvoiceKind.CREDIT_NOTE;
    }

    /** For a credit note: the invoice it corrects. */
    public Long getCreditedInvoiceId() {
        return creditedInvoiceId;
    }

    /** The quote the invoice was made from, if any. */
    public Long getQuoteId() {
        return quoteId;
    }

    public String getBuyerReference() {
        return buyerReference;
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
