package be.actraject.web.invoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.Line;
import be.actraject.domain.einvoice.Party;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCategory;
import be.actraject.web.system.CooperativeLogo;
import be.actraject.web.system.Pdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoice PDF carries every field Belgian law asks of an invoice, read back from the PDF's text. */
@SpringBootTest(classes = {InvoicePdf.class, Pdfs.class, Cooperative.class, CooperativeLogo.class}, properties = {
        "actraject.cooperative.logo=classpath:static/img/cooperative-logo.png",
        "spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false",
        "actraject.cooperative.name=Activiteitencooperatie Vooruit cvso",
        "actraject.cooperative.street=Stationsstraat 12", "actraject.cooperative.postal-code=9000",
        "actraject.cooperative.city=Gent", "actraject.cooperative.enterprise-number=0566.988.259",
        "actraject.cooperative.iban=BE68539007547034", "actraject.cooperative.footer=Erkende activiteitencooperatie"})
@ImportAutoConfiguration({ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class,
        ConfigurationPropertiesAutoConfiguration.class})
class InvoicePdfTest {

    @Autowired
    InvoicePdf pdf;
    @Autowired
    Cooperative cooperative;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theInvoiceShowsItsNumberPartiesLinesVatPerRateTotalsMentionAndStructuredCommunication()
            throws IOException {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        TaxRate exempt = TaxRate.zero("0-art44", VatCategory.EXEMPT, "Vrijgesteld van btw, art. 44 W.btw");
        EInvoice invoice = new EInvoice(EInvoice.Kind.INVOICE, "2026-00017", LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 12, 27), null, cooperative.asSeller(),
                Party.belgian("Bakkerij Ronse bv", "Grote Markt 3", "9600", "Ronse",
                        EnterpriseNumber.parse("0403.170.701")),
                List.of(new Line("Webteksten voor de nieuwe website", new BigDecimal("7.5"), "HUR",
                                new BigDecimal("45.00"), null, TaxRate.standard("21")),
                        new Line("Drukwerk folders", new BigDecimal("250"), "C62", new BigDecimal("0.333"),
                                new BigDecimal("10"), TaxRate.standard("21")),
                        new Line("Opleiding", new BigDecimal("1"), "DAY", new BigDecimal("180"), null, exempt)),
                cooperative.account(), null, StructuredCommunication.ofBase("3124013980"), null, null, null);

        byte[] rendered = pdf.render(invoice);
        String text = textOf(rendered);
        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the cooperative's logo").isNotEmpty();
        }

        assertThat(text).contains("Factuur", "2026-00017", "27/11/2026", "27/12/2026",
                "Activiteitencooperatie Vooruit cvso", "Btw BE0566988259", "Bakkerij Ronse bv", "Btw BE0403170701",
                "Webteksten voor de nieuwe website", "7,50 uur", "45,00", "8,33 (10 %)", "74,92",
                "Btw 21 % op 412,42", "86,61", "Btw 0 % op 180,00", "Totaal excl. btw", "592,42", "Totaal btw",
                "EUR 679,03", "Vrijgesteld van btw, art. 44 W.btw", "BE68 5390 0754 7034",
                "+++312/4013/98067+++", "Erkende activiteitencooperatie");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrects() throws IOException {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        EInvoice credit = new EInvoice(EInvoice.Kind.CREDIT_NOTE, "2026-00018", LocalDate.of(2026, 11, 28), null,
                null, cooperative.asSeller(), Party.belgian("Bakkerij Ronse bv", "Grote Markt 3", "9600", "Ronse",
                EnterpriseNumber.parse("0403.170.701")), List.of(new Line("Te veel aangerekend", BigDecimal.ONE,
                "HUR", new BigDecimal("45"), null, TaxRate.standard("21"))), Iban.parse("BE68539007547034"), null,
                null, null, "2026-00017", LocalDate.of(2026, 11, 27));

        assertThat(textOf(pdf.render(credit))).contains("Creditnota", "2026-00018", "VERBETERT FACTUUR",
                "2026-00017", "EUR 54,45");
    }
}
