package be.actraject.web.bookkeeping;

import be.actraject.domain.access.Actor;
import be.actraject.domain.bookkeeping.Journal;
import be.actraject.domain.bookkeeping.JournalEntry;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.web.invoice.InvoicePdf;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The period's documents as one ZIP for the bookkeeper's accounting package: each document whose customer Peppol
 * reaches as its UBL 2.1 e-invoice or credit note (Peppol BIS Billing 3.0), {@code <number>.xml}; each other one (a
 * consumer, a customer recorded by name only, who gets no e-invoice) as its PDF, {@code <number>.pdf}: so that nothing
 * issued in the period is missing from the archive, and each file is found by the number the spreadsheet lists.
 * Documents are rendered one by one (a few queries each): an export, not a page.
 */
@Component
class PeriodArchive {

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;

    PeriodArchive(InvoiceDocuments documents, InvoicePdf pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    byte[] write(Journal journal, Actor actor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (JournalEntry entry : journal.entries()) {
                long id = entry.document().getId();
                boolean ubl = entry.customer() != null && entry.customer().reachableOnPeppol();
                String file = fileName(entry.document().getNumber()) + (ubl ? ".xml" : ".pdf");
                zip.putNextEntry(new ZipEntry(file));
                zip.write(ubl ? UblDocuments.write(documents.forPeppol(id, actor))
                        : pdf.render(documents.printed(id, actor)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An invoice number as a file name: the characters a file system refuses become dashes. */
    static String fileName(String number) {
        return number.replaceAll("[^\\p{L}\\p{N}._-]", "-");
    }
}
