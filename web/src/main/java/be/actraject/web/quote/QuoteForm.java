package be.actraject.web.quote;

import be.actraject.domain.invoice.QuoteDraft;
import be.actraject.web.invoice.LinesForm;
import be.actraject.web.system.DateWindow;
import be.actraject.web.system.InDateWindow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A quote as typed: for which recorded customer, about what, until when, its lines. */
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

    QuoteDraft toDraft() {
        return new QuoteDraft(customerId, subject, validUntil, draftLines());
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
}
