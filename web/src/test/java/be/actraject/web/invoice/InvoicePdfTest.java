package be.actraject.web.invoice;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.belgium.StructuredCommunication;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.customer.CustomerLanguage;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.Line;
import be.actraject.domain.einvoice.Party;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.VatCategory;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.invoice.IssuedSeller;
import be.actraject.web.pdf.PdfRendering;
import be.actraject.web.pdf.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice PDF — and the quote and the credit note, which share its template — read back from the PDF's text: every
 * field Belgian law asks of an invoice, every name in the scripts customers write them in, every line's figures
 * whatever its description, and quantities as they were entered.
 */
@SpringBootTest(classes = {InvoicePdf.class, PdfRendering.class}, properties = {
        "actraject.cooperative.logo=classpath:static/img/cooperative-logo.png",
        "spring.messages.fallback-to-system-locale=false",
        "actraject.cooperative.name=Activiteitencoöperatie Vooruit cvso",
        "actraject.cooperative.street=Stationsstraat 12", "actraject.cooperative.postal-code=9000",
        "actraject.cooperative.city=Gent", "actraject.cooperative.enterprise-number=0566.988.259",
        "actraject.cooperative.iban=BE68539007547034", "actraject.cooperative.footer=Erkende activiteitencoöperatie"})
class InvoicePdfTest {

    /** The three documents this template prints. */
    enum Document { INVOICE, QUOTE, CREDIT_NOTE }

    /** Issue 13's customer, and names in the other scripts a candidate's customers write. */
    static final String TURKISH_POLISH = "Çağrı Yılmaz – Łódź Ökobakkerij BV";
    static final String ROMANIAN_CZECH = "Ştefan Dvořák, Iași";
    static final String GREEK = "Ελένη Παπαδοπούλου";
    static final String CYRILLIC = "Дмитрий Иванов";

    /** 120 characters without a space or a hyphen: the longest word an invoice line must survive. */
    static final String WORD_120 = ("Arbeidsongeschiktheidsverzekeringsmaatschappijgebouwonderhoudswerkzaamheden"
            + "Ökobakkerijgrondstoffenleveringsovereenkomstbijlagen").substring(0, 120);
    /** Issue 13's 99 characters that made every line's figures vanish. */
    static final String WORD_99 = WORD_120.substring(0, 99);

    private static final TaxRate REVERSE_CHARGE = TaxRate.zero("0-medecontractant", VatCategory.REVERSE_CHARGE,
            "Verlegging van heffing.");
    private static final TaxRate EXEMPT = TaxRate.zero("0-art44", VatCategory.EXEMPT,
            "Vrijgesteld van btw, art. 44 W.btw");

    @Autowired
    InvoicePdf pdf;
    @Autowired
    Cooperative cooperative;

    @BeforeEach
    void dutch() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private EInvoice document(Document kind, Party buyer, List<Line> lines) {
        return kind == Document.CREDIT_NOTE
                ? new EInvoice(EInvoice.Kind.CREDIT_NOTE, "2026-00018", LocalDate.of(2026, 11, 28), null, null,
                cooperative.asSeller(), buyer, lines, cooperative.account(), null, null, null, "2026-00017",
                LocalDate.of(2026, 11, 27))
                : new EInvoice(EInvoice.Kind.INVOICE, kind == Document.QUOTE ? "OFFERTE-7" : "2026-00017",
                LocalDate.of(2026, 11, 27), kind == Document.QUOTE ? null : LocalDate.of(2026, 12, 27), null,
                cooperative.asSeller(), buyer, lines, cooperative.account(), null,
                kind == Document.QUOTE ? null : StructuredCommunication.ofBase("3124013980"), null, null, null);
    }

    private byte[] render(Document kind, EInvoice document) {
        return kind == Document.QUOTE ? pdf.renderQuote(document, LocalDate.of(2026, 12, 31)) : pdf.render(document);
    }

    private static Party ronse() {
        return Party.belgian("Bakkerij Ronse bv", "Grote Markt 3", "9600", "Ronse",
                EnterpriseNumber.parse("0403.170.701"));
    }

    @Test
    void theInvoiceShowsItsNumberPartiesLinesVatPerRateTotalsMentionAndStructuredCommunication()
            throws IOException {
        EInvoice invoice = document(Document.INVOICE, ronse(), List.of(
                new Line("Webteksten nieuwe website", new BigDecimal("7.5"), "HUR", new BigDecimal("45.00"),
                        null, TaxRate.standard("21")),
                new Line("Drukwerk folders", new BigDecimal("250"), "C62", new BigDecimal("0.333"),
                        new BigDecimal("10"), TaxRate.standard("21")),
                new Line("Opleiding", new BigDecimal("1"), "DAY", new BigDecimal("180"), null, EXEMPT)));

        byte[] rendered = pdf.render(invoice);
        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the cooperative's logo").isNotEmpty();
        }

        assertThat(PdfText.of(rendered).text()).contains("Factuur", "2026-00017", "27/11/2026", "27/12/2026",
                "Activiteitencoöperatie Vooruit cvso", "Btw BE0566988259", "Bakkerij Ronse bv", "Btw BE0403170701",
                "Webteksten nieuwe website", "7,5 uur", "45,00", "250 stuk", "8,33 (10 %)", "74,92",
                "Btw 21 % op 412,42", "86,61", "Btw 0 % op 180,00", "Totaal excl. btw", "592,42", "Totaal btw",
                "EUR 679,03", "Vrijgesteld van btw, art. 44 W.btw", "BE68 5390 0754 7034",
                "+++312/4013/98067+++", "Erkende activiteitencoöperatie");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrects() {
        EInvoice credit = new EInvoice(EInvoice.Kind.CREDIT_NOTE, "2026-00018", LocalDate.of(2026, 11, 28), null,
                null, cooperative.asSeller(), ronse(), List.of(new Line("Te veel aangerekend", BigDecimal.ONE,
                "HUR", new BigDecimal("45"), null, TaxRate.standard("21"))), Iban.parse("BE68539007547034"), null,
                null, null, "2026-00017", LocalDate.of(2026, 11, 27));

        assertThat(PdfText.of(pdf.render(credit)).text()).contains("Creditnota", "2026-00018", "VERBETERT FACTUUR",
                "2026-00017", "EUR 54,45");
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void everyNamePrintsIntactInItsOwnScriptWithTheFontEmbedded(Document kind) {
        Party buyer = new Party(TURKISH_POLISH, "ul. Żółkiewskiego 7", "90-001", "Łódź", "PL", null, "PL5260250274",
                null, null);
        EInvoice document = document(kind, buyer, List.of(
                new Line(ROMANIAN_CZECH, new BigDecimal("2"), "HUR", new BigDecimal("40.00"), null,
                        TaxRate.standard("21")),
                new Line(GREEK + " (vertaling)", BigDecimal.ONE, "LS", new BigDecimal("120.00"), null,
                        TaxRate.standard("21")),
                new Line(CYRILLIC + " (vertaling)", BigDecimal.ONE, "LS", new BigDecimal("95.00"), null,
                        TaxRate.standard("21"))));

        PdfText printed = PdfText.of(render(kind, document));

        assertThat(printed.text()).contains(TURKISH_POLISH, "ul. Żółkiewskiego 7", "90-001 Łódź (PL)",
                ROMANIAN_CZECH, GREEK, CYRILLIC, "Activiteitencoöperatie Vooruit cvso");
        // openhtmltopdf prints # for a character its font lacks.
        assertThat(printed.text()).doesNotContain("#");
        assertThat(printed.fontsEmbedded()).isNotEmpty()
                .allSatisfy((font, embedded) -> assertThat(embedded).as(font + " embedded").isTrue())
                .allSatisfy((font, embedded) -> assertThat(font).contains("DejaVuSans"));
    }

    @ParameterizedTest
    @EnumSource(Document.class)
    void aWordOf120CharactersWrapsInItsColumnAndEveryLineKeepsItsQuantityUnitPriceAndAmount(Document kind) {
        EInvoice document = document(kind, ronse(), List.of(
                new Line(WORD_120, new BigDecimal("2.5"), "HUR", new BigDecimal("1234.56"), new BigDecimal("10"),
                        TaxRate.standard("21")),
                new Line(WORD_99, new BigDecimal("0.333"), "C62", new BigDecimal("3.00"), null,
                        TaxRate.standard("21")),
                new Line("Opleiding " + WORD_99, BigDecimal.ONE, "DAY", new BigDecimal("180"), null, EXEMPT)));

        PdfText printed = PdfText.of(render(kind, document));

        // Each line's figures print together on the row's first line: 2.5 × 1,234.56 less 10 % is 2,777.76.
        PdfText.PrintedLine first = printed.lineWith("2,5 uur", "1.234,56", "308,64 (10 %)", "21 %", "2.777,76");
        assertThat(first).as("line 1 in %s", printed.lines()).isNotNull();
        assertThat(printed.lineWith("0,333 stuk", "3,00", "21 %", "1,00"))
                .as("line 2 in %s", printed.lines()).isNotNull();
        assertThat(printed.lineWith("1 dag", "180,00", "0 %"))
                .as("line 3 in %s", printed.lines()).isNotNull();
        // The words wrap inside the description's column, left of the figures, and nothing passes the right margin.
        assertThat(printed.between(0, first.leftOf("2,5 uur"))).contains(WORD_120, WORD_99, "Opleiding" + WORD_99);
        float rightMargin = printed.pageWidth() - 15 / 25.4f * 72;
        assertThat(printed.lines()).allSatisfy(line -> assertThat(line.rightEdge())
                .as("right edge of \"%s\"", line.text()).isLessThanOrEqualTo(rightMargin + 0.5f));
        assertThat(printed.text()).contains("EUR 3.542,30");
    }

    @Test
    void aQuantityPrintsAsEnteredInTheDocumentsLanguage() {
        EInvoice invoice = document(Document.INVOICE, ronse(), List.of(
                new Line("Zaadjes", new BigDecimal("0.333"), "C62", new BigDecimal("3.00"), null,
                        TaxRate.standard("21")),
                new Line("Begeleiding", new BigDecimal("1000.500"), "HUR", new BigDecimal("1.50"), null,
                        TaxRate.standard("21"))));

        assertThat(PdfText.of(pdf.render(invoice)).text())
                .contains("0,333 stuk", "1,00", "1.000,5 uur", "1.500,75")
                .doesNotContain("0,33 stuk", "1.000,50 uur");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PdfText.of(pdf.render(invoice)).text())
                .contains("0.333 piece", "1.00", "1,000.5 hour", "1,500.75", "EUR 1,817.12");
    }

    @Test
    void anIssuedInvoiceForAFrenchSpeakingCustomerPrintsInBelgianFrenchWhoeverReadsIt() {
        EInvoice invoice = document(Document.INVOICE, ronse(), List.of(
                new Line("Traduction site web", BigDecimal.ONE, "DAY", new BigDecimal("1234.50"), null,
                        TaxRate.standard("21")),
                new Line("Formation", BigDecimal.ONE, "LS", new BigDecimal("100"), null, REVERSE_CHARGE)));

        String text = PdfText.of(pdf.render(new InvoiceDocuments.Printed(invoice, IssuedSeller.of(cooperative),
                CustomerLanguage.FR))).text().replace('\u00A0', ' ');

        assertThat(text).contains("Facture", "DATE", "27/11/2026", "ÉCHÉANCE", "27/12/2026",
                "Numéro d'entreprise", "TVA BE0566988259", "1 jour", "1 234,50", "TVA 21 % sur 1 234,50",
                "Total hors TVA", "1 334,50", "Total TVA", "259,25", "À payer", "EUR 1 593,75",
                "communication structurée +++312/4013/98067+++", "Autoliquidation. En l'absence de contestation")
                .doesNotContain("Factuur", "Te betalen", "Verlegging", "#");
    }

    /** The second tester: a French credit note's PDF said "DATE DE FACTURE" where Dutch and English say the date. */
    @Test
    void aFrenchCreditNoteSaysItsDateNotAnInvoiceDate() {
        EInvoice credit = document(Document.CREDIT_NOTE, ronse(), List.of(new Line("Trop facturé",
                BigDecimal.ONE, "HUR", new BigDecimal("1045"), null, TaxRate.standard("21"))));

        String french = PdfText.of(pdf.render(new InvoiceDocuments.Printed(credit, IssuedSeller.of(cooperative),
                CustomerLanguage.FR))).text();

        assertThat(french).contains("Note de crédit", "DATE", "28/11/2026").doesNotContain("DATE DE FACTURE");
    }

    @Test
    void anIssuedCreditNoteForAnEnglishSpeakingCustomerPrintsInEnglishAndADutchOneAsBefore() {
        EInvoice credit = document(Document.CREDIT_NOTE, ronse(), List.of(new Line("Too much charged",
                BigDecimal.ONE, "HUR", new BigDecimal("1045"), null, TaxRate.standard("21"))));

        String english = PdfText.of(pdf.render(new InvoiceDocuments.Printed(credit, IssuedSeller.of(cooperative),
                CustomerLanguage.EN))).text();
        String dutch = PdfText.of(pdf.render(new InvoiceDocuments.Printed(credit, IssuedSeller.of(cooperative),
                CustomerLanguage.NL))).text();

        assertThat(english).contains("Credit note", "2026-00017", "EUR 1,264.45",
                "VAT to be repaid to the State").doesNotContain("Creditnota");
        assertThat(dutch).contains("Creditnota", "EUR 1.264,45", "Btw terug te storten aan de Staat");
    }
}
