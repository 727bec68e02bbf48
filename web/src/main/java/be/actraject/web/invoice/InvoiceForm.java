package be.actraject.web.invoice;

import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** An invoice as typed. */
public class InvoiceForm {

    @NotBlank
    @Size(max = 200)
    private String customerName;
    @NotBlank
    @Size(max = 500)
    private String description;
    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("999999.99")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal amountExclVat;
    @NotNull
    private VatRate vatRate = VatRate.TWENTY_ONE;

    public static InvoiceForm of(InvoiceDraft draft) {
        InvoiceForm form = new InvoiceForm();
        form.customerName = draft.customerName();
        form.description = draft.description();
        form.amountExclVat = draft.amountExclVat();
        form.vatRate = draft.vatRate();
        return form;
    }

    public InvoiceDraft toDraft() {
        return new InvoiceDraft(customerName, description, amountExclVat, vatRate);
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmountExclVat() {
        return amountExclVat;
    }

    public void setAmountExclVat(BigDecimal amountExclVat) {
        this.amountExclVat = amountExclVat;
    }

    public VatRate getVatRate() {
        return vatRate;
    }

    public void setVatRate(VatRate vatRate) {
        this.vatRate = vatRate;
    }
}
