package be.actraject.web.invoice;

import be.actraject.domain.access.Actor;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.einvoice.CreditNoteMention;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.einvoice.ReverseChargeWork;
import be.actraject.domain.einvoice.Supply;
import be.actraject.domain.einvoice.SupplyKind;
import be.actraject.domain.einvoice.TaxRate;
import be.actraject.domain.einvoice.UblDocuments;
import be.actraject.domain.einvoice.VatCase;
import be.actraject.domain.einvoice.VatRates;
import be.actraject.domain.invoice.CreditNoteDraft;
import be.actraject.domain.invoice.DraftLine;
import be.actraject.domain.invoice.InvoiceDocumentUnavailableException;
import be.actraject.domain.invoice.InvoiceDocuments;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.invoice.Unit;
import be.actraject.domain.invoice.VatCaseRefusedException;
import be.actraject.testsupport.PeppolRules;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static be.actraject.domain.customer.CustomerKind.BELGIAN_BUSINESS;
import static be.actraject.domain.customer.CustomerKind.CONSUMER;
import static be.actraject.domain.customer.CustomerKind.FOREIGN_BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every VAT rate the product offers × every kind of customer × invoice and credit note, on the whole application:
 * where Belgian law allows the case, the invoice and its credit note are issued, their Peppol BIS Billing 3.0 UBL
 * passes the official rules (phive) without a single error or warning — for a customer Peppol reaches — and their
 * PDF carries the mention of that case; where it does not, the form refuses it before approval and says why.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:vat-case-matrix;DB_CLOSE_DELAY=-1")
class VatCaseMatrixTest {

    static final Actor COACH = Actor.of("coach", Role.COACH);
    static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    /** The four kinds of customer a candidate invoices. */
    enum Buyer { BELGIAN_COMPANY, EU_COMPANY, NON_EU_COMPANY, CONSUMER }

    /**
     * Who each case is for — the law as this test states it, independently of the product's check: W.btw art. 44
     * (taxed in Belgium), art. 51 § 2 5° with KB nr. 1 art. 20, art. 21 § 2, art. 39bis, art. 39 — for services
     * (goods only for an intra-community supply and an export): a service to a business abroad is taxed where it is
     * established (art. 21 § 2), so Belgian VAT is for Belgian customers and consumers.
     */
    static final Map<VatCase, Set<Buyer>> ALLOWED = new EnumMap<>(Map.of(
            VatCase.STANDARD, Set.of(Buyer.BELGIAN_COMPANY, Buyer.CONSUMER),
            VatCase.NOT_SUBJECT, Set.of(Buyer.NON_EU_COMPANY),
            VatCase.EXEMPT, Set.of(Buyer.BELGIAN_COMPANY, Buyer.CONSUMER),
            VatCase.REVERSE_CHARGE_DOMESTIC, Set.of(Buyer.BELGIAN_COMPANY),
            VatCase.REVERSE_CHARGE_EU_SERVICES, Set.of(Buyer.EU_COMPANY),
            VatCase.INTRA_COMMUNITY_SUPPLY, Set.of(Buyer.EU_COMPANY),
            VatCase.EXPORT, Set.of(Buyer.NON_EU_COMPANY)));

    /** What the form says, in Dutch, when a case does not fit the customer. */
    static final Map<VatCase, String> REFUSAL = new EnumMap<>(Map.of(
            VatCase.STANDARD, "Een dienst aan een bedrijf in het buitenland is niet in België belast",
            VatCase.NOT_SUBJECT, "Niet onderworpen aan de Belgische btw kan alleen voor een bedrijf buiten de "
                    + "Europese Unie",
            VatCase.EXEMPT, "De vrijstelling van art. 44 W.btw geldt niet voor een bedrijf in het buitenland",
            VatCase.REVERSE_CHARGE_DOMESTIC, "Verlegging van heffing (medecontractant) kan alleen voor een Belgisch "
                    + "bedrijf met btw-nummer dat periodieke aangiften indient",
            VatCase.REVERSE_CHARGE_EU_SERVICES, "Verlegging van heffing voor diensten in de EU kan alleen voor een "
                    + "bedrijf met btw-nummer in een andere lidstaat",
            VatCase.INTRA_COMMUNITY_SUPPLY, "Een intracommunautaire levering kan alleen aan een bedrijf met "
                    + "btw-nummer in een andere lidstaat",
            VatCase.EXPORT, "Uitvoer is vrijgesteld alleen als de goederen de Europese Unie verlaten"));

    /** KB nr. 1 art. 20: the domestic reverse charge's mention, word for word. */
    static final String REVERSE_CHARGE_MENTION = "Verlegging van heffing. Bij gebrek aan schriftelijke betwisting "
            + "binnen een termijn van één maand na de ontvangst van de factuur, wordt de afnemer geacht te erkennen "
            + "dat hij een belastingplichtige is gehouden tot de indiening van periodieke aangiften. Als die "
            + "voorwaarde niet vervuld is, is de afnemer ten aanzien van die voorwaarde aansprakelijk voor de "
            + "betaling van de verschuldigde belasting, interesten en geldboeten.";

    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VatRates rates;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    InvoiceDocuments documents;
    @Autowired
    InvoicePdf pdf;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void dutch() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @TestFactory
    Stream<DynamicTest> everyRateForEveryCustomerOnInvoiceAndCreditNote() {
        long trajectory = new TestTrajectories(context).candidate("Vera", "Btwmatrix").coachedBy("coach")
                .inInvoicing().trajectoryId();
        Map<Buyer, Long> buyers = new EnumMap<>(Buyer.class);
        buyers.put(Buyer.BELGIAN_COMPANY, customers.add(trajectory, new CustomerDetails(BELGIAN_BUSINESS,
                "Bouwbedrijf Proef nv", "Nijverheidsstraat 5", "2800", "Mechelen", "BE", "0403.170.701", null,
                null, null), COACH).getId());
        buyers.put(Buyer.EU_COMPANY, customers.add(trajectory, new CustomerDetails(FOREIGN_BUSINESS,
                "Ökobau Müller GmbH", "Hauptstraße 7", "52062", "Aachen", "DE", null, "DE123456789", "9930:DE123456789", null), COACH)
                .getId());
        buyers.put(Buyer.NON_EU_COMPANY, customers.add(trajectory, new CustomerDetails(FOREIGN_BUSINESS,
                "Fjord Sykler AS", "Strandgata 2", "5013", "Bergen", "NO", null, "NO923609016MVA", "0192:923609016", null), COACH)
                .getId());
        buyers.put(Buyer.CONSUMER, customers.add(trajectory, new CustomerDetails(CONSUMER, "Jan Proefklant",
                "Kerkstraat 8", "2800", "Mechelen", "BE", null, null, null, null), COACH).getId());

        List<TaxRate> offered = rates.offered();
        assertThat(offered).extracting(TaxRate::vatCase).as("every case the product offers has its row above")
                .allMatch(ALLOWED::containsKey).contains(VatCase.values());
        List<DynamicTest> tests = new ArrayList<>();
        for (TaxRate rate : offered) {
            for (Buyer buyer : Buyer.values()) {
                String name = rate.code() + " × " + buyer;
                if (ALLOWED.get(rate.vatCase()).contains(buyer)) {
                    tests.add(DynamicTest.dynamicTest(name + ": issued with its documents",
                            () -> issuedWithDocuments(trajectory, rate, buyer, buyers.get(buyer))));
                } else {
                    tests.add(DynamicTest.dynamicTest(name + ": refused before approval",
                            () -> refusedBeforeApproval(trajectory, rate, buyers.get(buyer))));
                }
            }
        }
        for (Buyer abroad : List.of(Buyer.EU_COMPANY, Buyer.NON_EU_COMPANY)) {
            tests.add(DynamicTest.dynamicTest("21 × " + abroad + ", goods handed over in Belgium: issued",
                    () -> issuedWithDocuments(trajectory, rates.of("21"), abroad, buyers.get(abroad),
                            supply(SupplyKind.GOODS))));
            tests.add(DynamicTest.dynamicTest("6 × " + abroad + ", work on a building in Belgium: issued",
                    () -> issuedWithDocuments(trajectory, rates.of("6"), abroad, buyers.get(abroad),
                            supply(SupplyKind.SERVICES_IN_BELGIUM))));
        }
        tests.add(DynamicTest.dynamicTest("not subject beside another rate is refused (BR-O-11)",
                () -> refusedForTheLines(trajectory, buyers.get(Buyer.NON_EU_COMPANY), supply(SupplyKind.SERVICES),
                        VatCaseRefusedException.Reason.NOT_SUBJECT_MIXED, "0-buiten-eu-diensten", "21")));
        tests.add(DynamicTest.dynamicTest("an intra-community supply of services is refused",
                () -> refusedForTheLines(trajectory, buyers.get(Buyer.EU_COMPANY), supply(SupplyKind.SERVICES),
                        VatCaseRefusedException.Reason.SUPPLY_KIND_GOODS, "0-icl")));
        tests.add(DynamicTest.dynamicTest("an intra-community supply without its date is refused",
                () -> refusedForTheSupply(trajectory, buyers.get(Buyer.EU_COMPANY), "0-icl",
                        Supply.NONE.ofKind(SupplyKind.GOODS),
                        VatCaseRefusedException.Reason.SUPPLY_DATE)));
        tests.add(DynamicTest.dynamicTest("a domestic reverse charge for other work than on a building is refused",
                () -> refusedForTheSupply(trajectory, buyers.get(Buyer.BELGIAN_COMPANY), "0-medecontractant",
                        new Supply(LocalDate.now(clock), null, null, null, null),
                        VatCaseRefusedException.Reason.REVERSE_CHARGE_WORK)));
        tests.add(DynamicTest.dynamicTest("a delivery date and a period both print",
                () -> deliveryDateAndPeriodPrint(trajectory, buyers.get(Buyer.BELGIAN_COMPANY))));
        tests.add(DynamicTest.dynamicTest("a customer known by name alone cannot be invoiced",
                () -> nameOnlyRefused(trajectory)));
        tests.add(DynamicTest.dynamicTest("two zero rates on one invoice: each amount with its own mention",
                () -> twoZeroRatesEachWithItsMention(trajectory, buyers.get(Buyer.BELGIAN_COMPANY))));
        return tests.stream();
    }

    private void nameOnlyRefused(long trajectory) throws Exception {
        long candidate = jdbc.queryForObject("select candidate_id from trajectory where id = ?", Long.class,
                trajectory);
        int before = invoiceCount(trajectory);
        String page = mvc.perform(post("/candidates/" + candidate + "/invoices/new").with(csrf()).session(signIn())
                        .param("customerName", "Fietsclub zonder adres").param("description", "Onderhoud")
                        .param("lines[0].description", "Onderhoud").param("lines[0].quantity", "1")
                        .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "45")
                        .param("lines[0].vatCode", "21"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kies de klant: een factuur noemt een geregistreerde klant met naam en adres.",
                "value=\"Onderhoud\"");
        assertThat(invoiceCount(trajectory)).isEqualTo(before);
    }

    private void twoZeroRatesEachWithItsMention(long trajectory, long customerId) {
        DraftLine exempt = new DraftLine("Opleiding", BigDecimal.ONE, Unit.DAY,
                new BigDecimal("180.00"), null, "0-art44");
        DraftLine reverse = new DraftLine("Trap plaatsen", new BigDecimal("3"), Unit.HOUR,
                new BigDecimal("45.00"), null, "0-medecontractant");
        long id = invoices.submit(trajectory, new InvoiceDraft("klant", "Opleiding en plaatsing", customerId, null,
                List.of(exempt, reverse), supply()), COACH).getId();
        issue(id);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        byte[] rendered = pdf.render(documents.of(id, OFFICE));
        keep("two-zero-rates.pdf", rendered);
        String text = PdfText.of(rendered).text().replaceAll("\\s+", " ");

        assertThat(text).contains("180,00 0 % (1) 180,00", "45,00 0 % (2) 135,00",
                "(1) Btw 0 % op 180,00 0,00 " + rates.of("0-art44").exemptionReason(),
                "(2) Btw 0 % op 135,00 0,00 " + REVERSE_CHARGE_MENTION);
    }

    private void deliveryDateAndPeriodPrint(long trajectory, long customerId) {
        LocalDate delivered = LocalDate.now(clock).minusDays(5);
        long id = invoices.submit(trajectory, new InvoiceDraft("klant", "Onderhoud", customerId, null,
                List.of(line(rates.of("21"))), new Supply(delivered, delivered.minusDays(20), delivered, null, null)),
                COACH).getId();
        issue(id);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String text = PdfText.of(pdf.render(documents.of(id, OFFICE))).text().replaceAll("\\s+", " ");

        assertThat(text).containsIgnoringCase("Leveringsdatum " + delivered.format(day))
                .containsIgnoringCase("Periode " + delivered.minusDays(20).format(day) + " – " + delivered.format(day));
    }

    private Supply supply() {
        return supply(SupplyKind.SERVICES);
    }

    private Supply supply(SupplyKind kind) {
        return new Supply(LocalDate.now(clock).minusDays(3), null, null, null,
                ReverseChargeWork.WORK_ON_IMMOVABLE_PROPERTY, kind);
    }

    /** Goods for the cases only goods can be, services otherwise. */
    private static SupplyKind kindFor(TaxRate rate) {
        return VatCase.GOODS_ONLY.contains(rate.vatCase()) ? SupplyKind.GOODS : SupplyKind.SERVICES;
    }

    private static DraftLine line(TaxRate rate) {
        return new DraftLine("Renovatie van de werkplaats", new BigDecimal("2"), Unit.HOUR, new BigDecimal("45.00"),
                null, rate.code());
    }

    private void issuedWithDocuments(long trajectory, TaxRate rate, Buyer buyer, long customerId) throws Exception {
        issuedWithDocuments(trajectory, rate, buyer, customerId, supply(kindFor(rate)));
    }

    private void issuedWithDocuments(long trajectory, TaxRate rate, Buyer buyer, long customerId, Supply supply)
            throws Exception {
        long invoiceId = invoices.submit(trajectory, new InvoiceDraft("klant", "Werk " + rate.code(), customerId, null,
                List.of(line(rate)), supply), COACH).getId();
        issue(invoiceId);
        assertDocuments(invoiceId, rate, buyer, EInvoice.Kind.INVOICE);
        if (rate.vatCase() == VatCase.INTRA_COMMUNITY_SUPPLY || buyer == Buyer.CONSUMER) {
            String page = mvc.perform(get("/invoices/" + invoiceId).session(signIn())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(buyer == Buyer.CONSUMER ? "data-testid=\"invoice-no-ubl\""
                    : "Geleverd in: DE");
        }

        long creditNoteId = invoices.submitCreditNote(invoiceId, new CreditNoteDraft("Eén uur te veel aangerekend",
                List.of(new DraftLine("Renovatie: één uur minder", BigDecimal.ONE, Unit.HOUR, new BigDecimal("45.00"),
                        null, rate.code()))), COACH).getId();
        issue(creditNoteId);
        assertDocuments(creditNoteId, rate, buyer, EInvoice.Kind.CREDIT_NOTE);
    }

    private void assertDocuments(long id, TaxRate rate, Buyer buyer, EInvoice.Kind kind) {
        EInvoice document = documents.of(id, OFFICE);
        assertThat(document.kind()).isEqualTo(kind);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE")); // a request in between resets it
        String text = PdfText.of(pdf.render(document)).text().replaceAll("\\s+", " ");
        if (rate.vatCase() == VatCase.STANDARD) {
            assertThat(text).contains("Btw " + rate.percent().toPlainString() + " % op");
        } else {
            assertThat(text).as("the mention beside its amount").contains("(1) Btw 0 % op", "0 % (1)",
                    rate.exemptionReason());
        }
        if (rate.vatCase() == VatCase.REVERSE_CHARGE_DOMESTIC) {
            assertThat(text).contains(REVERSE_CHARGE_MENTION)
                    .containsIgnoringCase("Aard van het werk Werk in onroerende staat");
        }
        if (rate.vatCase() == VatCase.INTRA_COMMUNITY_SUPPLY) {
            // The labels print in capitals (the layout's style).
            assertThat(text).containsIgnoringCase("Leveringsdatum " + LocalDate.now(clock).minusDays(3)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).containsIgnoringCase("Geleverd in DE");
        }
        if (kind == EInvoice.Kind.CREDIT_NOTE) {
            assertThat(text).contains("Creditnota", "Terug te betalen").doesNotContain("Te betalen", "overschrijven");
            // KB nr. 4 art. 4: only VAT charged to a VAT-registered customer is to be repaid to the State.
            boolean vatToRepay = buyer != Buyer.CONSUMER && rate.vatCase() == VatCase.STANDARD;
            if (vatToRepay) {
                assertThat(text).contains(CreditNoteMention.VAT_TO_REPAY);
            } else {
                assertThat(text).doesNotContain(CreditNoteMention.VAT_TO_REPAY);
            }
        } else {
            assertThat(text).contains("Factuur", "Te betalen").doesNotContain(CreditNoteMention.VAT_TO_REPAY);
        }

        if (buyer == Buyer.CONSUMER) {
            assertThatThrownBy(() -> documents.forPeppol(id, OFFICE)).as("Peppol does not reach a consumer")
                    .isInstanceOfSatisfying(InvoiceDocumentUnavailableException.class, e -> assertThat(e.reason())
                            .isEqualTo(InvoiceDocumentUnavailableException.Reason.NOT_ON_PEPPOL));
            return;
        }
        byte[] ubl = UblDocuments.write(documents.forPeppol(id, OFFICE));
        String xml = new String(ubl, StandardCharsets.UTF_8);
        assertThat(PeppolRules.errorsAndWarningsIn(ubl, kind)).as(xml).isEmpty();
        if (kind == EInvoice.Kind.CREDIT_NOTE) {
            assertThat(xml).doesNotContain("PaymentMeans", "PayeeFinancialAccount");
        }
        if (rate.exemptionCode() != null) {
            assertThat(xml).contains("<cbc:TaxExemptionReasonCode>" + rate.exemptionCode());
        }
        if (rate.vatCase() == VatCase.NOT_SUBJECT) {
            assertThat(xml).as("BR-O-02: neither the seller's nor the buyer's VAT identifier")
                    .doesNotContain("PartyTaxScheme");
        }
    }

    private void refusedBeforeApproval(long trajectory, TaxRate rate, long customerId) throws Exception {
        MockHttpSession coach = signIn();
        long candidate = jdbc.queryForObject("select candidate_id from trajectory where id = ?", Long.class,
                trajectory);
        int before = invoiceCount(trajectory);
        String page = mvc.perform(invoiceForm("/candidates/" + candidate + "/invoices/new", customerId, rate.code())
                        .param("supplyKind", kindFor(rate).name()).session(coach)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the invoice form says why").contains(REFUSAL.get(rate.vatCase()))
                .as("and offers each zero rate by its case").contains("0 % – uitvoer buiten de EU: Uitvoer",
                        "0 % – verlegd, medecontractant (werk in onroerende staat): Verlegging van heffing.");
        assertThat(invoiceCount(trajectory)).as("nothing written").isEqualTo(before);
        if (rate.vatCase() == VatCase.STANDARD) {
            return; // a credit note follows its invoice's supply, which was a service taxed in Belgium
        }

        // A credit note at that rate, on an issued invoice at 21 % for the same customer, is refused alike: a service
        // taxed in Belgium, whoever the customer.
        long invoiceId = invoices.submit(trajectory, new InvoiceDraft("klant", "Werk 21", customerId, null,
                List.of(line(rates.of("21"))), supply(SupplyKind.SERVICES_IN_BELGIUM)), COACH).getId();
        issue(invoiceId);
        before = invoiceCount(trajectory);
        String creditPage = mvc.perform(post("/invoices/" + invoiceId + "/credit-notes/new").with(csrf())
                        .session(coach)
                        .param("reason", "Terugname").param("lines[0].description", "Renovatie")
                        .param("lines[0].quantity", "1").param("lines[0].unit", "HOUR")
                        .param("lines[0].unitPrice", "45").param("lines[0].vatCode", rate.code()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(creditPage).as("the credit note form says why").contains(REFUSAL.get(rate.vatCase()));
        assertThat(invoiceCount(trajectory)).isEqualTo(before);
    }

    private void refusedForTheSupply(long trajectory, long customerId, String rateCode, Supply supply,
                                     VatCaseRefusedException.Reason reason) {
        assertThatThrownBy(() -> invoices.submit(trajectory, new InvoiceDraft("klant", "Werk", customerId, null,
                List.of(line(rates.of(rateCode))), supply), COACH))
                .isInstanceOfSatisfying(VatCaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private void refusedForTheLines(long trajectory, long customerId, Supply supply,
                                    VatCaseRefusedException.Reason reason, String... rateCodes) {
        List<DraftLine> lines = java.util.Arrays.stream(rateCodes).map(code -> line(rates.of(code))).toList();
        assertThatThrownBy(() -> invoices.submit(trajectory, new InvoiceDraft("klant", "Werk", customerId, null, lines,
                supply), COACH))
                .isInstanceOfSatisfying(VatCaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private MockHttpServletRequestBuilder invoiceForm(String path, long customerId, String rateCode) {
        return post(path).with(csrf()).param("customerId", Long.toString(customerId))
                .param("description", "Renovatie van de werkplaats")
                .param("deliveryDate", LocalDate.now(clock).minusDays(3).toString())
                .param("reverseChargeWork", ReverseChargeWork.WORK_ON_IMMOVABLE_PROPERTY.name())
                .param("lines[0].description", "Renovatie").param("lines[0].quantity", "2")
                .param("lines[0].unit", "HOUR").param("lines[0].unitPrice", "45").param("lines[0].vatCode", rateCode);
    }

    /** Leaves a document in {@code target/vat-cases/} to look at, as the browser test leaves its screenshots. */
    private static void keep(String name, byte[] document) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "vat-cases"));
            Files.write(dir.resolve(name), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issues as the approval does: inside its transaction. */
    private void issue(long invoiceId) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> issuing.issue(invoiceId));
    }

    private int invoiceCount(long trajectoryId) {
        return jdbc.queryForObject("select count(*) from invoice where trajectory_id = ?", Integer.class, trajectoryId);
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coach").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
