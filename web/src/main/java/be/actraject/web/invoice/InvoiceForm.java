package be.actraject.web.invoice;

import be.actraject.domain.customer.Customer;
import be.actraject.domain.einvoice.ReverseChargeWork;
import be.actraject.domain.einvoice.Countries;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatCaseRefusedException;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An invoice as typed: customer, subject, the customer's reference, the supply (when, where to, which kind of work),
 * lines; made from a quote when it names one.
 */
public class InvoiceForm extends LinesForm {

    /** The chosen recorded customer's name (a customer known by name alone cannot be invoiced). */
    @Size(max = 200)
    private String customerName;
    private Long customerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @InDateWindow(DateWindow.SUPPLY)
    private LocalDate deliveryDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @InDateWindow(DateWindow.SUPPLY)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @InDateWindow(DateWindow.SUPPLY)
    private LocalDate periodEnd;
    @Pattern(regexp = "\\s*([A-Za-z]{2})?\\s*", message = "{invoice.deliverToCountry.invalid}")
    @Size(max = 2)
    private String deliverToCountry;
    private ReverseChargeWork reverseChargeWork;
    /** Services unless said: what most candidates sell. */
    private SupplyKind supplyKind = SupplyKind.SERVICES;
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
        Supply supply = draft.supply();
        form.deliveryDate = supply.deliveryDate();
        form.periodStart = supply.periodStart();
        form.periodEnd = supply.periodEnd();
        form.deliverToCountry = supply.deliverToCountry();
        form.reverseChargeWork = supply.work();
        form.supplyKind = supply.kind();
        form.setDraftLines(draft.lines());
        return form;
    }

    /**
     * Takes the chosen recorded customer's name; none chosen is refused (a legal invoice names its customer with an
     * address, KB nr. 1 art. 5 § 1, 5°), and so is a customer not of this candidate (a tampered form).
     */
    void resolveCustomer(List<Customer> recorded, Errors errors) {
        if (customerId == null) {
            errors.rejectValue("customerId", "invoice.customer.required");
            return;
        }
        recorded.stream().filter(c -> c.getId().equals(customerId)).findFirst().ifPresentOrElse(
                c -> customerName = c.getName(), () -> errors.rejectValue("customerId", "invoice.customer.unknown"));
    }

    /** An invoicing period that ends before it starts is refused beside its end (EN 16931 BR-29). */
    void validateSupply(Errors errors) {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            errors.rejectValue("periodEnd", "invoice.period.order");
        }
        String country = deliverToCountry == null ? "" : deliverToCountry.strip().toUpperCase(Locale.ROOT);
        if (country.matches("[A-Z]{2}") && !Countries.isAssigned(country)) {
            errors.rejectValue("deliverToCountry", "invoice.deliverToCountry.unknown");
        }
    }

    /** Places the refusal of a VAT case beside the field it is about, or above the form. */
    void reject(VatCaseRefusedException refused, Errors errors) {
        String code = refused.messageKey();
        switch (refused.reason()) {
            case NO_CUSTOMER, CUSTOMER_ADDRESS, CUSTOMER_VAT_NUMBER -> errors.rejectValue("customerId", code);
            case REVERSE_CHARGE_WORK -> errors.rejectValue("reverseChargeWork", code);
            case SUPPLY_DATE -> errors.rejectValue("deliveryDate", code);
            case SUPPLY_DATE_OUT_OF_RANGE -> errors.rejectValue(
                    deliveryDate != null ? "deliveryDate" : "periodStart", code);
            case INTRA_COMMUNITY_DESTINATION, EXPORT_DESTINATION -> errors.rejectValue("deliverToCountry", code);
            case SERVICES_ABROAD, SUPPLY_KIND_GOODS, SUPPLY_KIND_SERVICES -> errors.rejectValue("supplyKind", code);
            default -> errors.reject(code);
        }
    }

    public InvoiceDraft toDraft() {
        String country = deliverToCountry == null || deliverToCountry.isBlank() ? null
                : deliverToCountry.strip().toUpperCase(Locale.ROOT);
        return new InvoiceDraft(customerName, description, customerId, buyerReference, draftLines(),
                new Supply(deliveryDate, periodStart, periodEnd, country, reverseChargeWork, supplyKind));
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getDeliverToCountry() {
        return deliverToCountry;
    }

    public void setDeliverToCountry(String deliverToCountry) {
        this.deliverToCountry = deliverToCountry;
    }

    public ReverseChargeWork getReverseChargeWork() {
        return reverseChargeWork;
    }

    public void setReverseChargeWork(ReverseChargeWork reverseChargeWork) {
        this.reverseChargeWork = reverseChargeWork;
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

    public SupplyKind getSupplyKind() {
        return supplyKind;
    }

    public void setSupplyKind(SupplyKind supplyKind) {
        this.supplyKind = supplyKind == null ? SupplyKind.SERVICES : supplyKind;
    }
}
