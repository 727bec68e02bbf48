package be.actraject.domain.mail;

/** Which document of an issued invoice an attachment is: made again when the message is sent. */
public enum AttachmentKind {
    INVOICE_PDF,
    INVOICE_UBL
}
