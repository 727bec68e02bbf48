package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.Line;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCase;
import be.actraject.domain.einvoice.VatCategory;
import be.actraject.domain.number.NumberKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * One line of an invoice or a quote as stored. It keeps the whole rate it was written with (code, category,
 * percentage, mention), so that a document made later says what was agreed, even after the rate closed.
 */
@Embeddable
public class InvoiceLine {

    private String description;
    private BigDecimal quantity;
    private String unitCode;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private String vatCode;
    @Enumerated(EnumType.STRING)
    private VatCategory vatCategory;
    private BigDecimal vatPercent;
    private String exemptionReason;
    private String exemptionCode;
    @Enumerated(EnumType.STRING)
    private VatCase vatCase;

    protected InvoiceLine() {
    }

    static InvoiceLine of(DraftLine line, TaxRate rate) {
        InvoiceLine l = new InvoiceLine();
        l.description = line.description().strip();
        l.quantity = NumberKind.QUANTITY.stored(line.quantity());
        l.unitCode = line.unit().code();
        l.unitPrice = NumberKind.MONEY.stored(line.unitPrice());
        l.discountPercent = NumberKind.PERCENT.stored(
                line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent());
        l.vatCode = rate.code();
        l.vatCategory = rate.category();
        l.vatPercent = rate.percent();
        l.exemptionReason = rate.exemptionReason();
        l.exemptionCode = rate.exemptionCode();
        l.vatCase = rate.vatCase();
        l.toLine(); // refuses what EN 16931 refuses, before anything is stored
        return l;
    }

    /** The line as the documents and the totals see it. */
    public Line toLine() {
        return new Line(description, quantity, unitCode, unitPrice, discountPercent, rate());
    }

    public TaxRate rate() {
        return new TaxRate(vatCode, vatCategory, vatPercent, exemptionReason, exemptionCode, vatCase);
    }

    /** The line as a form shows it again. */
    public DraftLine asDraft() {
        return new DraftLine(description, plain(quantity), Unit.of(unitCode), unitPrice,
                discountPercent.signum() == 0 ? null : plain(discountPercent), vatCode);
    }

    /** 6.000 as 6 and 10.00 as 10 (not 1E+1): how a form shows a number. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public BigDecimal netAmount() {
        return toLine().netAmount();
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Unit getUnit() {
        return Unit.of(unitCode);
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public String getVatCode() {
        return vatCode;
    }

    public BigDecimal getVatPercent() {
        return vatPercent;
    }

    public String getExemptionReason() {
        return exemptionReason;
    }
}
