package be.actraject.web.invoice;

import be.actraject.domain.einvoice.CreditNoteMention;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.Totals;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.invoice.IssuedSeller;
import be.actraject.web.pdf.Pdfs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An issued invoice or credit note as PDF, with every field Belgian law asks of it (KB nr. 1, art. 5): date and
 * number, both parties with their addresses and VAT numbers, each line's description, quantity, unit price and
 * discount, the date of the supply, the taxable amount and the VAT per rate, the total, the exemption or
 * reverse-charge mention of each zero rate beside its own amount, and the structured communication and account to pay
 * to. A credit note says what is paid back and carries the mention of KB nr. 4 art. 4 (where it applies:
 * {@link CreditNoteMention#appliesTo}) instead of payment instructions. The Peppol UBL document says the same in XML.
 */
@Component
public class InvoicePdf {

    private final Pdfs pdfs;

    InvoicePdf(Pdfs pdfs) {
        this.pdfs = pdfs;
    }

    /** A document with the letterhead as configured now (for documents built in tests, never an issued one). */
    byte[] render(EInvoice invoice) {
        return render(invoice, null, null, LocaleContextHolder.getLocale());
    }

    /**
     * An issued invoice or credit note, with the seller's letterhead and footer as they were at issue, in the
     * customer's language: the one it was sent in, whoever downloads it.
     */
    public byte[] render(InvoiceDocuments.Printed printed) {
        return render(printed.document(), null, printed.seller(), printed.language().locale());
    }

    /** A quote in the invoice's layout: titled as a quote, with its validity instead of a due date and no payment. */
    public byte[] renderQuote(EInvoice quote, LocalDate validUntil) {
        return render(quote, validUntil, null, LocaleContextHolder.getLocale());
    }

    private byte[] render(EInvoice invoice, LocalDate quoteValidUntil, IssuedSeller seller, Locale locale) {
        Totals totals = invoice.totals();
        Map<String, Object> model = new HashMap<>(Map.of(
                "invoice", invoice,
                "totals", totals,
                "markers", markers(totals)));
        if (CreditNoteMention.appliesTo(invoice)) {
            model.put("creditNoteMention", CreditNoteMention.VAT_TO_REPAY);
        }
        if (seller != null) {
            model.put("cooperative", seller);
        }
        if (quoteValidUntil != null) {
            model.put("quoteValidUntil", quoteValidUntil);
        }
        return pdfs.render("invoice/document", model, locale);
    }

    /**
     * A number per VAT breakdown row with a mention, by the row's key ({@link TaxRate#breakdownKey()}): the lines
     * carry their row's number beside their rate, so that with two zero rates each amount shows its own mention.
     */
    static Map<String, Integer> markers(Totals totals) {
        Map<String, Integer> markers = new LinkedHashMap<>();
        for (Totals.Subtotal s : totals.breakdown()) {
            if (s.rate().exemptionReason() != null) {
                markers.put(s.rate().breakdownKey(), markers.size() + 1);
            }
        }
        return markers;
    }
}
