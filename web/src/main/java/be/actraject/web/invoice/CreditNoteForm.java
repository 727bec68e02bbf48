package be.actraject.web.invoice;

import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.Invoice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A credit note as typed: why, and the lines credited — at first those of the invoice, to cut down. */
public class CreditNoteForm extends LinesForm {

    @NotBlank
    @Size(max = 500)
    private String reason;

    static CreditNoteForm of(Invoice credited) {
        CreditNoteForm form = new CreditNoteForm();
        form.setDraftLines(credited.asDraft().lines());
        return form;
    }

    CreditNoteDraft toDraft() {
        return new CreditNoteDraft(reason, draftLines());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
