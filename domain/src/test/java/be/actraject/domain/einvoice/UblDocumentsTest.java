package be.actraject.domain.einvoice;

import be.actraject.testsupport.PeppolRules;

import be.actraject.domain.belgium.EnterpriseNumber;
import be.actraject.domain.belgium.Iban;
import be.actraject.domain.belgium.StructuredCommunication;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The UBL documents pass the official Peppol BIS Billing 3.0 rules, in every shape the cooperative sends. */
class UblDocumentsTest {

    static final Party COOPERATIVE = Party.belgian("Activiteitencoöperatie Vooruit cvba", "Stationsstraat 12",
            "9000", "Gent", EnterpriseNumber.parse("0566.988.259"));
    static final Party CUSTOMER = Party.belgian("Bakkerij Ronse bv", "Grote Markt 3", "9600", "Ronse",
            EnterpriseNumber.parse("0403.170.701"));
    static final TaxRate VAT_21 = TaxRate.standard("21");
    static final TaxRate VAT_6 = TaxRate.standard("6");
    static final TaxRate EXEMPT = TaxRate.zero("0-art44", VatCategory.EXEMPT,
            "Vrijgesteld van btw, art. 44 W.btw");
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 27);

    private static EInvoice invoice(Party buyer, List<Line> lines) {
        return new EInvoice(EInvoice.Kind.INVOICE, "2026-00017", ISSUED, ISSUED.plusDays(30), null, COOPERATIVE,
                buyer, lines, Iban.parse("BE68 5390 0754 7034"), "GKCCBEBB",
                StructuredCommunication.ofBase("3124013980"), null, null, null);
    }

    private static Line line(String what, String quantity, String unit, String price, String discount, TaxRate rate) {
        return new Line(what, new BigDecimal(quantity), unit, new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate);
    }

    private static void assertPeppolValid(EInvoice invoice) {
        byte[] xml = UblDocuments.write(invoice);
        assertThat(PeppolRules.errorsIn(xml, invoice.kind()))
                .as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInvoiceWithSeveralRatesAndADiscountPassesThePeppolRules() {
        EInvoice invoice = invoice(CUSTOMER, List.of(
                line("Webteksten voor de nieuwe website", "7.5", "HUR", "45.00", null, VAT_21),
                line("Drukwerk folders", "250", "C62", "0.333", "10", VAT_21),
                line("Boeken voor de etalage", "3", "C62", "19.99", null, VAT_6)));

        assertPeppolValid(invoice);
        String xml = new String(UblDocuments.write(invoice), StandardCharsets.UTF_8);
        assertThat(xml).contains("+++312/4013/98067+++", "BE68539007547034", "schemeID=\"0208\"", "0566988259");
    }

    @Test
    void aZeroRateLineCarriesItsExemptionReasonAndPasses() {
        assertPeppolValid(invoice(CUSTOMER, List.of(
                line("Opleiding naaien voor beginners", "2", "DAY", "180.00", null, EXEMPT),
                line("Stoffen", "4", "MTR", "12.50", null, VAT_21))));
    }

    @Test
    void aCreditNoteForAnEarlierInvoicePasses() {
        EInvoice credit = new EInvoice(EInvoice.Kind.CREDIT_NOTE, "2026-00018", ISSUED, null, "PO-77", COOPERATIVE,
                CUSTOMER, List.of(line("Webteksten: te veel aangerekend", "1", "HUR", "45.00", null, VAT_21)),
                Iban.parse("BE68539007547034"), null, null, "Verbetert factuur 2026-00017", "2026-00017",
                ISSUED.minusDays(3));

        assertPeppolValid(credit);
        assertThat(new String(UblDocuments.write(credit), StandardCharsets.UTF_8))
                .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>", "2026-00017");
    }

    @Test
    void anInvoiceToAForeignCustomerUnderReverseChargePasses() {
        Party dutch = new Party("Fietsenmakerij Van Dijk BV", "Kerkstraat 1", "4811 AB", "Breda", "NL", null,
                "NL123456789B01", "9944", "NL123456789B01");
        TaxRate reverse = TaxRate.zero("0-verlegd", VatCategory.REVERSE_CHARGE,
                "Btw verlegd, art. 196 Richtlijn 2006/112/EG");

        assertPeppolValid(invoice(dutch, List.of(line("Herstelling van 12 fietsen", "12", "C62", "35.00", null,
                reverse))));
    }

    @Test
    void anIntraCommunitySupplyCarriesItsDeliveryDateAndCountryAndPassesWithoutAWarning() {
        Party german = new Party("Ökobau Müller GmbH", "Hauptstraße 7", "52062", "Aachen", "DE", null, "DE123456789",
                "9930", "DE123456789");
        TaxRate intraCommunity = new TaxRate("0-icl", VatCategory.INTRA_COMMUNITY, BigDecimal.ZERO,
                "Vrijgestelde intracommunautaire levering, art. 39bis W.btw", "VATEX-EU-IC", null);
        List<Line> lines = List.of(line("Bakfiets", "1", "C62", "2400", null, intraCommunity));
        EInvoice undated = invoice(german, lines);
        EInvoice delivered = new EInvoice(EInvoice.Kind.INVOICE, "2026-00019", ISSUED, ISSUED.plusDays(30), null,
                COOPERATIVE, german, lines, Iban.parse("BE68539007547034"), null,
                StructuredCommunication.ofBase("3124013980"), null, null, null,
                new Supply(ISSUED.minusDays(2), null, null, "DE", null));

        assertThat(PeppolRules.errorsIn(UblDocuments.write(undated), EInvoice.Kind.INVOICE))
                .as("the rules the issue found broken").anyMatch(e -> e.startsWith("BR-IC-11"))
                .anyMatch(e -> e.startsWith("BR-IC-12"));
        byte[] xml = UblDocuments.write(delivered);
        assertThat(PeppolRules.errorsAndWarningsIn(xml, EInvoice.Kind.INVOICE)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains(
                "<cbc:ActualDeliveryDate>2026-11-25</cbc:ActualDeliveryDate>",
                "<cbc:IdentificationCode>DE</cbc:IdentificationCode>",
                "<cbc:TaxExemptionReasonCode>VATEX-EU-IC</cbc:TaxExemptionReasonCode>");
    }

    @Test
    void anInvoicingPeriodIsWrittenAndACreditNoteCarriesNoPaymentMeans() {
        EInvoice credit = new EInvoice(EInvoice.Kind.CREDIT_NOTE, "2026-00020", ISSUED, null, null, COOPERATIVE,
                CUSTOMER, List.of(line("Onderhoud november", "1", "HUR", "45.00", null, VAT_21)),
                Iban.parse("BE68539007547034"), "GKCCBEBB", null, "Verbetert factuur 2026-00017", "2026-00017",
                ISSUED.minusDays(3), new Supply(null, ISSUED.withDayOfMonth(1), ISSUED.withDayOfMonth(30), null, null));

        byte[] xml = UblDocuments.write(credit);
        assertThat(PeppolRules.errorsAndWarningsIn(xml, EInvoice.Kind.CREDIT_NOTE)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<cbc:StartDate>2026-11-01</cbc:StartDate>",
                "<cbc:EndDate>2026-11-30</cbc:EndDate>").doesNotContain("PaymentMeans", "BE68539007547034");
    }

    @Test
    void theRulesCatchADocumentThatBreaksThem() {
        byte[] xml = UblDocuments.write(invoice(CUSTOMER, List.of(line("Uren", "2", "HUR", "50", null, VAT_21))));
        String broken = new String(xml, StandardCharsets.UTF_8)
                .replace("<cbc:PayableAmount currencyID=\"EUR\">121.00</cbc:PayableAmount>",
                        "<cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount>")
                .replaceAll("<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "");
        assertThat(broken).doesNotContain("121.00</cbc:PayableAmount>");

        assertThat(PeppolRules.errorsIn(broken.getBytes(StandardCharsets.UTF_8), EInvoice.Kind.INVOICE))
                .anyMatch(e -> e.startsWith("BR-CO-16"))
                .anyMatch(e -> e.startsWith("PEPPOL-EN16931-R003"));
    }

    @Test
    void theVatIsComputedOncePerRateOnTheRoundedLineAmounts() {
        // Three lines of 0.35 at 21 %: per line the VAT would be 0.07 × 3 = 0.21; per rate it is 1.05 × 21 % = 0.22.
        Totals totals = Totals.of(List.of(line("a", "1", "C62", "0.35", null, VAT_21),
                line("b", "1", "C62", "0.35", null, VAT_21), line("c", "1", "C62", "0.35", null, VAT_21)));

        assertThat(totals.breakdown()).singleElement().satisfies(s -> {
            assertThat(s.taxable()).isEqualByComparingTo("1.05");
            assertThat(s.vat()).isEqualByComparingTo("0.22");
        });
        assertThat(totals.payable()).isEqualByComparingTo("1.27");
    }

    @Test
    void lineAmountsAreRoundedToTheCentBeforeTheyAreSummed() {
        Line folders = line("Folders", "250", "C62", "0.333", "10", VAT_21);
        assertThat(folders.grossAmount()).isEqualByComparingTo("83.25");
        assertThat(folders.discountAmount()).isEqualByComparingTo("8.33");
        assertThat(folders.netAmount()).isEqualByComparingTo("74.92");

        Totals totals = Totals.of(List.of(folders, line("Uren", "7.5", "HUR", "45", null, VAT_21),
                line("Boeken", "3", "C62", "19.99", null, VAT_6)));
        assertThat(totals.breakdown()).extracting(Totals.Subtotal::vat)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("86.61"), new BigDecimal("3.60")); // 412.42 × 21 %, 59.97 × 6 %
        assertThat(totals.lineTotal()).isEqualByComparingTo("472.39");
        assertThat(totals.vatTotal()).isEqualByComparingTo("90.21");
        assertThat(totals.payable()).isEqualByComparingTo("562.60");
    }

    @Test
    void badContentIsRefusedWithItsReason() {
        assertThatThrownBy(() -> line("x", "0", "C62", "10", null, VAT_21))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.QUANTITY));
        assertThatThrownBy(() -> line("x", "-2", "C62", "10", null, VAT_21))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.QUANTITY));
        assertThatThrownBy(() -> TaxRate.zero("0", VatCategory.EXEMPT, " "))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.EXEMPTION_REASON));
        assertThatThrownBy(() -> new TaxRate("7", VatCategory.EXEMPT, new BigDecimal("7"), "reden"))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.RATE));
        assertThatThrownBy(() -> invoice(COOPERATIVE, List.of(line("x", "1", "C62", "10", null, VAT_21))))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.SELF_BILLING));
        assertThatThrownBy(() -> invoice(CUSTOMER, List.of()))
                .isInstanceOfSatisfying(InvalidInvoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInvoiceException.Reason.NO_LINES));
    }
}
