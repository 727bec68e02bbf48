package be.actraject.web.quote;

import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.invoice.QuoteDraft;
import be.actraject.domain.invoice.VatCaseRefusedException;
import be.actraject.web.invoice.LinesForm;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;

/** A quote as typed: for which recorded customer, about what, until when, goods or services, its lines. */
public class QuoteForm extends LinesForm {

    @NotNull
    private Long customerId;
    @NotBlank
    @Size(max = 500)
    private String subject;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @InDateWindow(DateWindow.QUOTE_VALIDITY)
    private LocalDate validUntil;
    /** Services unless said, as on the invoice form: what most candidates sell. */
    private SupplyKind supplyKind = SupplyKind.SERVICES;

    QuoteDraft toDraft() {
        return new QuoteDraft(customerId, subject, validUntil, draftLines(), supplyKind);
    }

    /**
     * Places the refusal of a VAT case beside the field it is about — the customer or the kind of supply — or above
     * the form, as the invoice form does.
     */
    void reject(VatCaseRefusedException refused, Errors errors) {
        String code = refused.messageKey();
        switch (refused.reason()) {
            case NO_CUSTOMER, CUSTOMER_ADDRESS, CUSTOMER_VAT_NUMBER -> errors.rejectValue("customerId", code);
            case SERVICES_ABROAD, SUPPLY_KIND_GOODS, SUPPLY_KIND_SERVICES -> errors.rejectValue("supplyKind", code);
            default -> errors.reject(code);
        }
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public SupplyKind getSupplyKind() {
        return supplyKind;
    }

    public void setSupplyKind(SupplyKind supplyKind) {
        this.supplyKind = supplyKind == null ? SupplyKind.SERVICES : supplyKind;
    }
}
