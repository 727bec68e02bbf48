package be.actraject.web.invoice;

import be.actraject.domain.einvoice.EInvoice;
import be.actraject.web.pdf.Pdfs;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An issued invoice or credit note as PDF, with every field Belgian law asks of it (KB nr. 1, art. 5): date and
 * number, both parties with their addresses and VAT numbers, each line's description, quantity, unit price and
 * discount, the taxable amount and the VAT per rate, the total, the exemption or reverse-charge mention of a zero
 * rate, and the structured communication and account to pay to. The Peppol UBL document says the same in XML.
 */
@Component
public class InvoicePdf {

    private final Pdfs pdfs;

    InvoicePdf(Pdfs pdfs) {
        this.pdfs = pdfs;
    }

    public byte[] render(EInvoice invoice) {
        return render(invoice, null);
    }

    /** A quote in the invoice's layout: titled as a quote, with its validity instead of a due date and no payment. */
    public byte[] renderQuote(EInvoice quote, LocalDate validUntil) {
        return render(quote, validUntil);
    }

    private byte[] render(EInvoice invoice, LocalDate quoteValidUntil) {
        Map<String, Object> model = new HashMap<>(Map.of(
                "invoice", invoice,
                "totals", invoice.totals()));
        if (quoteValidUntil != null) {
            model.put("quoteValidUntil", quoteValidUntil);
        }
        return pdfs.render("invoice/document", model);
    }
}
