package be.actraject.web.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.util.List;

/** An invoice as typed. */
public class InvoiceForm {

    /** Required unless a recorded customer is chosen, whose name it then becomes. */
    @Size(max = 200)
    private String customerName;
    private Long customerId;
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
        form.customerId = draft.customerId();
        return form;
    }

    /**
     * Takes the chosen recorded customer's name, or insists on a name when none is chosen; a customer not of this
     * candidate (a tampered form) is refused beside the select.
     */
    void resolveCustomer(List<Customer> recorded, Errors errors) {
        if (customerId == null) {
            if (customerName == null || customerName.isBlank()) {
                errors.rejectValue("customerName", "NotBlank");
            }
            return;
        }
        recorded.stream().filter(c -> c.getId().equals(customerId)).findFirst().ifPresentOrElse(
                c -> customerName = c.getName(), () -> errors.rejectValue("customerId", "invoice.customer.unknown"));
    }

    public InvoiceDraft toDraft() {
        return new InvoiceDraft(customerName, description, amountExclVat, vatRate, customerId);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
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
