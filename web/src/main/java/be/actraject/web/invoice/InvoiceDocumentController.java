package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.web.system.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An issued invoice's PDF and its Peppol BIS Billing 3.0 e-invoice (UBL 2.1), for whoever may see its candidate. */
@Controller
class InvoiceDocumentController {

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;

    InvoiceDocumentController(InvoiceDocuments documents, InvoicePdf pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    @GetMapping("/invoices/{invoiceId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long invoiceId, Actor actor) {
        InvoiceDocuments.Printed printed = documents.printed(invoiceId, actor);
        return Attachments.of(pdf.render(printed), MediaType.APPLICATION_PDF, printed.document().number() + ".pdf");
    }

    @GetMapping("/invoices/{invoiceId}/ubl")
    ResponseEntity<byte[]> ubl(@PathVariable long invoiceId, Actor actor) {
        EInvoice invoice = documents.forPeppol(invoiceId, actor);
        return Attachments.of(UblDocuments.write(invoice), MediaType.APPLICATION_XML, invoice.number() + ".xml");
    }

}
