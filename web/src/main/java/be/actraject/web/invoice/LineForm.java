package be.actraject.web.invoice;

import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.number.NumberKind;
import be.actraject.domain.number.OfKind;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One line as typed; a line left wholly empty is no line (the form shows a few spare ones). */
public class LineForm {

    @Size(max = 500)
    private String description;
    // Zero is refused by LinesForm.validateLines with its own message; a negative only by its kind (one message).
    @OfKind(NumberKind.QUANTITY)
    private BigDecimal quantity;
    private Unit unit = Unit.HOUR;
    @OfKind(NumberKind.MONEY)
    private BigDecimal unitPrice;
    @OfKind(NumberKind.PERCENT)
    private BigDecimal discountPercent;
    private String vatCode = "21";

    static LineForm of(DraftLine line) {
        LineForm form = new LineForm();
        form.description = line.description();
        form.quantity = line.quantity();
        form.unit = line.unit();
        form.unitPrice = line.unitPrice();
        form.discountPercent = line.discountPercent();
        form.vatCode = line.vatCode();
        return form;
    }

    boolean isBlank() {
        return (description == null || description.isBlank()) && quantity == null && unitPrice == null
                && discountPercent == null;
    }

    DraftLine toDraft() {
        return new DraftLine(description, quantity, unit, unitPrice, discountPercent, vatCode);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public String getVatCode() {
        return vatCode;
    }

    public void setVatCode(String vatCode) {
        this.vatCode = vatCode;
    }
}
