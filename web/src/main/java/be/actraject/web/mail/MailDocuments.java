package be.actraject.web.mail;

import be.actraject.domain.access.Actor;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.mail.MailAttachment;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.web.invoice.InvoicePdf;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;

/**
 * The documents a message refers to, made when it is sent: an issued invoice never changes, so its PDF and UBL are
 * the ones its page hands out.
 */
@Component
class MailDocuments {

    /** The sender reads documents for every candidate's customer, as office staff do; no person acts. */
    private static final Actor SENDER = Actor.of(TrajectoryProgress.SYSTEM_ACTOR, Role.OFFICE);

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;

    MailDocuments(InvoiceDocuments documents, InvoicePdf pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    /** The attachment's content. */
    byte[] content(MailAttachment attachment) {
        return switch (attachment.getKind()) {
            case INVOICE_PDF -> pdf.render(documents.printed(attachment.getInvoiceId(), SENDER));
            case INVOICE_UBL -> UblDocuments.write(documents.forPeppol(attachment.getInvoiceId(), SENDER));
        };
    }

    static String contentType(MailAttachment attachment) {
        return switch (attachment.getKind()) {
            case INVOICE_PDF -> "application/pdf";
            case INVOICE_UBL -> "application/xml";
        };
    }
}
