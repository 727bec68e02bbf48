package be.actraject.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * An attachment by reference: an issued invoice's document, which never changes once issued, so the sender makes it
 * when it sends rather than the outbox keeping a copy of every PDF.
 */
@Embeddable
public class MailAttachment {

    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    @Column(name = "invoice_id")
    private Long invoiceId;
    private String fileName;

    protected MailAttachment() {
    }

    public MailAttachment(AttachmentKind kind, long invoiceId, String fileName) {
        this.kind = Objects.requireNonNull(kind);
        this.invoiceId = invoiceId;
        this.fileName = Objects.requireNonNull(fileName);
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public String getFileName() {
        return fileName;
    }
}
