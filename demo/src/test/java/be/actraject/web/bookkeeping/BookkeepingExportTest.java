package be.actraject.web.bookkeeping;

import be.actraject.domain.access.Actor;
import be.actraject.domain.einvoice.EInvoice;
import be.actraject.domain.invoice.Invoice;
import be.actraject.domain.invoice.InvoiceRepository;
import be.actraject.domain.invoice.Payments;
import be.actraject.testsupport.PeppolRules;
import be.actraject.web.fixtures.TestInvoicing;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bookkeeper's export (issue 18): office picks a period, reads its totals per VAT rate, and downloads the sales
 * journal, which the spreadsheet library opens again with the same totals as the screen, and the period's documents,
 * of which the UBL files pass the Peppol rules. Bad periods come back to the page with a Dutch message.
 */
@FullStackTest
class BookkeepingExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    Payments payments;
    @Autowired
    Clock clock;

    private static Fixture fixture;

    /** A business invoice of 100.00 + 21 %, a consumer's of 50.00 + 21 % paid in full, a credit note of 20.00 + 21 %. */
    private record Fixture(String business, String consumer, String creditNote) {
    }

    @BeforeEach
    void oneCandidatesDocuments() {
        if (fixture == null) {
            TestTrajectory trajectory = new TestTrajectories(context).candidate("Boukje", "Boekhoudt")
                    .coachedBy("coach").inInvoicing();
            TestInvoicing invoicing = new TestInvoicing(context);
            long business = invoicing.business(trajectory, "Drukkerij Ölçer", "coach");
            long consumer = invoicing.consumer(trajectory, "Zoë Peeters", "coach");
            long first = invoicing.issuedInvoice(trajectory, business, "Drukkerij Ölçer", "100.00", "coach");
            long second = invoicing.issuedInvoice(trajectory, consumer, "Zoë Peeters", "50.00", "coach");
            long credit = invoicing.issuedCreditNote(trajectory, first, "20.00", "coach");
            payments.register(second, LocalDate.now(clock), new BigDecimal("60.50"), "Overschrijving",
                    Actor.of("office", Role.OFFICE));
            fixture = new Fixture(number(first), number(second), number(credit));
        }
    }

    private String number(long id) {
        return invoices.findById(id).map(Invoice::getNumber).orElseThrow();
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    @Test
    void theSpreadsheetHoldsEachDocumentWithItsVatAndTheSameTotalsAsTheScreen() throws Exception {
        MockHttpSession office = signIn("office");
        String page = mvc.perform(get("/bookkeeping").param("from", today()).param("to", today()).session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        BigDecimal screenTotal = euro(find(page, "data-testid=\"journal-total\"[\\s\\S]*?(?:<td[^>]*>[^<]*</td>\\s*){3}"
                + "<td[^>]*>([^<]*)</td>"));
        // The invoice book filtered on the same period states the same total (issue 18: "the same totals as the screen").
        String book = mvc.perform(get("/invoices").param("from", today()).param("until", today()).session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(euro(find(book, "data-testid=\"book-total-all\"[\\s\\S]*?(?:<td[^>]*>[^<]*</td>\\s*){3}"
                + "<td[^>]*>([^<]*)</td>"))).isEqualByComparingTo(screenTotal);

        MvcResult download = mvc.perform(get("/bookkeeping/sales-journal.xlsx").param("from", today())
                        .param("to", today()).session(office))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("verkoopdagboek_")))
                .andReturn();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            List<String> sheets = workbook.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("Verkoopdagboek", "Btw per document", "Btw per tarief", "Betalingen");
            List<Row> documents = workbook.getSheet(0).orElseThrow().read();
            assertThat(documents.get(0).getCellText(0)).isEqualTo("Nummer");
            Map<String, Row> byNumber = new HashMap<>();
            documents.stream().skip(1).forEach(r -> byNumber.put(r.getCellText(0), r));

            Row business = byNumber.get(fixture.business());
            assertThat(business.getCellText(1)).isEqualTo("Factuur");
            assertThat(business.getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.now(clock));
            assertThat(business.getCellText(4)).isEqualTo("Boukje Boekhoudt");
            assertThat(business.getCellText(5)).isEqualTo("Drukkerij Ölçer");
            assertThat(business.getCellText(9)).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
            assertThat(amounts(business)).containsExactly(new BigDecimal("100.00"), new BigDecimal("21.00"),
                    new BigDecimal("121.00"));
            assertThat(amounts(byNumber.get(fixture.consumer()))).containsExactly(new BigDecimal("50.00"),
                    new BigDecimal("10.50"), new BigDecimal("60.50"));
            Row credit = byNumber.get(fixture.creditNote());
            assertThat(credit.getCellText(1)).isEqualTo("Creditnota");
            assertThat(credit.getCellText(10)).isEqualTo(fixture.business());
            assertThat(amounts(credit)).containsExactly(new BigDecimal("-20.00"), new BigDecimal("-4.20"),
                    new BigDecimal("-24.20"));

            BigDecimal sumOfDocuments = documents.stream().skip(1).map(r -> r.getCellAsNumber(13).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Row> rates = workbook.getSheet(2).orElseThrow().read();
            Row sum = rates.get(rates.size() - 1);
            assertThat(sum.getCellText(0)).isEqualTo("Totaal van de periode");
            assertThat(sum.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(sumOfDocuments)
                    .isEqualByComparingTo(screenTotal);

            List<Row> breakdown = workbook.getSheet(1).orElseThrow().read();
            BigDecimal vatOfBreakdown = breakdown.stream().skip(1).map(r -> r.getCellAsNumber(7).orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(vatOfBreakdown);

            List<Row> paid = workbook.getSheet(3).orElseThrow().read();
            assertThat(paid).anySatisfy(r -> {
                assertThat(r.getCellText(1)).isEqualTo(fixture.consumer());
                assertThat(r.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("60.50");
            });
        }
    }

    @Test
    void theArchiveHoldsEveryDocumentAsUblWherePeppolReachesTheCustomerAndAsPdfElse() throws Exception {
        MockHttpSession office = signIn("office");
        byte[] zip = mvc.perform(get("/bookkeeping/documents.zip").param("from", today()).param("to", today())
                        .session(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        String business = PeriodArchive.fileName(fixture.business());
        assertThat(PeppolRules.errorsIn(files.get(business + ".xml"), EInvoice.Kind.INVOICE)).isEmpty();
        assertThat(PeppolRules.errorsIn(files.get(PeriodArchive.fileName(fixture.creditNote()) + ".xml"),
                EInvoice.Kind.CREDIT_NOTE)).isEmpty();
        assertThat(new String(files.get(PeriodArchive.fileName(fixture.consumer()) + ".pdf"), 0, 5,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        long documents = invoices.findAll().stream().filter(i -> i.getIssuedOn() != null
                && i.getIssuedOn().equals(LocalDate.now(clock))).count();
        assertThat(files).hasSize((int) documents);
    }

    @Test
    void aPeriodThatCannotBeReadComesBackWithItsMessageAndWhatWasTyped() throws Exception {
        MockHttpSession office = signIn("office");
        assertThat(pageFor(office, "2026-11-30", "2026-11-01")).contains("De einddatum ligt vóór de begindatum.")
                .contains("value=\"2026-11-30\"");
        assertThat(pageFor(office, "2026-02-31", "2026-03-31")).contains("value=\"2026-02-31\"")
                .contains("data-testid=\"period-error\"").doesNotContain("data-testid=\"download-journal\"");
        assertThat(pageFor(office, "2025-01-01", "2026-01-01")).contains("hoogstens 12 maanden");
        assertThat(pageFor(office, "2025-01-01", "2025-12-31")).contains("data-testid=\"download-journal\"");
        mvc.perform(get("/bookkeeping/sales-journal.xlsx").param("from", "2026-11-30").param("to", "2026-11-01")
                        .session(office))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/bookkeeping?from=2026-11-30&to=2026-11-01"));
    }

    @Test
    void withoutAPeriodThePageShowsThePreviousMonth() throws Exception {
        LocalDate first = LocalDate.now(clock).minusMonths(1).withDayOfMonth(1);
        String page = mvc.perform(get("/bookkeeping").session(signIn("office"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + first + "\"")
                .contains("value=\"" + first.plusMonths(1).minusDays(1) + "\"");
    }

    @Test
    void coachesNeitherSeeNorDownloadTheJournal() throws Exception {
        MockHttpSession coach = signIn("coach");
        mvc.perform(get("/bookkeeping").session(coach)).andExpect(status().isForbidden());
        mvc.perform(get("/bookkeeping/sales-journal.xlsx").param("from", today()).param("to", today())
                .session(coach)).andExpect(status().isForbidden());
        mvc.perform(get("/bookkeeping/documents.zip").param("from", today()).param("to", today())
                .session(coach)).andExpect(status().isForbidden());
        mvc.perform(get("/bookkeeping").session(signIn("coordinator"))).andExpect(status().isOk());
    }

    private String pageFor(MockHttpSession session, String from, String to) throws Exception {
        return mvc.perform(get("/bookkeeping").param("from", from).param("to", to).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<BigDecimal> amounts(Row row) {
        return List.of(row.getCellAsNumber(11).orElseThrow(), row.getCellAsNumber(12).orElseThrow(),
                row.getCellAsNumber(13).orElseThrow()).stream().map(a -> a.setScale(2)).toList();
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** "€ 1.234,56" or "€ -24,20" as the page writes it (nl-BE), as a number. */
    private static BigDecimal euro(String text) {
        String digits = text.replaceAll("[^0-9,\\-−]", "").replace('−', '-').replace(',', '.');
        return new BigDecimal(digits);
    }
}
