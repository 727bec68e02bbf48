package be.actraject.web.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.invoice.InvoiceDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.List;

/** An invoice as typed: customer, subject, the customer's reference, lines; made from a quote when it names one. */
public class InvoiceForm extends LinesForm {

    /** Required unless a recorded customer is chosen, whose name it then becomes. */
    @Size(max = 200)
    private String customerName;
    private Long customerId;
    @NotBlank
    @Size(max = 500)
    private String description;
    @Size(max = 100)
    private String buyerReference;
    private Long quoteId;

    public static InvoiceForm of(InvoiceDraft draft) {
        InvoiceForm form = new InvoiceForm();
        form.customerName = draft.customerName();
        form.description = draft.description();
        form.customerId = draft.customerId();
        form.buyerReference = draft.buyerReference();
        form.setDraftLines(draft.lines());
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
        return new InvoiceDraft(customerName, description, customerId, buyerReference, draftLines());
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

    public String getBuyerReference() {
        return buyerReference;
    }

    public void setBuyerReference(String buyerReference) {
        this.buyerReference = buyerReference;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public void setQuoteId(Long quoteId) {
        this.quoteId = quoteId;
    }
}
