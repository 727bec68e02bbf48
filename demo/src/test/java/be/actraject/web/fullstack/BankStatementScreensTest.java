package be.actraject.web.fullstack;

import be.actraject.testsupport.CamtFiles;
import be.actraject.web.support.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every refused statement file comes back to the upload page with its reason in Dutch, and nothing is booked; a coach
 * may not open the bank statements at all.
 */
@FullStackTest
class BankStatementScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    /** Uploads the file as office staff and follows the redirect back to the upload page; the page's text. */
    private String refused(byte[] file) throws Exception {
        MockHttpSession office = signIn("office");
        mvc.perform(multipart("/bank-statements").file(new MockMultipartFile("file", "uittreksel.xml",
                        "application/xml", file)).with(csrf()).session(office))
                .andExpect(redirectedUrl("/bank-statements"));
        return mvc.perform(get("/bank-statements").session(office)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("select (select count(*) from bank_statement_import) imports,"
                + " (select count(*) from bank_statement_entry) entries,"
                + " (select count(*) from invoice_payment) payments");
    }

    @Test
    void aRefusedFileIsToldInDutchAndBooksNothing() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> before = counts();

        assertThat(refused(CamtFiles.statementOf("BE71096123456769", "OTHER-" + run)
                .credit("O-" + run, "10.00", today, "090933755493").bytes()))
                .contains("Dit uittreksel is van rekening BE71096123456769, niet van de rekening van de coöperatie");
        assertThat(refused(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<d>&x;</d>").getBytes(StandardCharsets.UTF_8))).contains("DOCTYPE-verklaring");
        assertThat(refused("<Document><BkToCstmrStmt>".getBytes(StandardCharsets.UTF_8)))
                .contains("geen geldige XML");
        assertThat(refused("<invoice/>".getBytes(StandardCharsets.UTF_8)))
                .contains("geen CAMT.053-rekeninguittreksel");
        assertThat(refused(new byte[6 * 1024 * 1024])).contains("hoogstens 5 MB");
        assertThat(refused(new byte[0])).contains("Kies een bestand");

        assertThat(counts()).isEqualTo(before);
    }

    /** Issue 18 (S3): a faulty entry was an error page, or dropped silently; now the whole file, with the entry. */
    @Test
    void aFileWithAFaultyEntryIsRefusedNamingTheEntryInsteadOfAnErrorPage() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> before = counts();

        assertThat(refused(CamtFiles.statement("HUGE-" + run).credit("H-" + run, "1.00", today, "090933755493")
                .xml().replace(">1.00</Amt>", ">99999999999999999999.99</Amt>").getBytes(StandardCharsets.UTF_8)))
                .contains("Lijn 1 (H-" + run + ") van uittreksel HUGE-" + run + " heeft bedrag 99999999999999999999.99")
                .contains("er is niets geboekt");
        assertThat(refused(CamtFiles.statement("COMMA-" + run).credit("C-" + run, "12.50", today, "090933755493")
                .xml().replace(">12.50</Amt>", ">12,50</Amt>").getBytes(StandardCharsets.UTF_8)))
                .contains("Lijn 1 (C-" + run + ") van uittreksel COMMA-" + run + " heeft geen geldig bedrag: „12,50”");
        assertThat(refused(CamtFiles.statement("NOCCY-" + run).credit("N-" + run, "5.00", today, "090933755493")
                .xml().replaceFirst("<Amt Ccy=\"EUR\">5.00</Amt>", "<Amt>5.00</Amt>").getBytes(StandardCharsets.UTF_8)))
                .contains("zegt niet (geldig) in welke munt");

        assertThat(counts()).isEqualTo(before);
    }

    /** Issue 18: a line in dollars is never booked as euro; the summary writes a structured communication as usual. */
    @Test
    void aDollarLineIsRefusedForMatchingWithItsReasonAndTheSummaryFormatsTheCommunication() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String run = UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession office = signIn("office");
        String summary = mvc.perform(multipart("/bank-statements").file(new MockMultipartFile("file", "usd.xml",
                        "application/xml", CamtFiles.statement("USD-" + run).creditIn("USD", "U-" + run, "40.00", today,
                                "090933755493").bytes())).with(csrf()).session(office))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(summary).session(office)).andReturn().getResponse().getContentAsString())
                .contains("+++090/9337/55493+++");
        Long line = jdbc.queryForObject("select id from bank_statement_entry where reference = ?", Long.class,
                "U-" + run);

        mvc.perform(post("/bank-statements/lines/" + line + "/match").param("invoice", "2026-0001")
                        .with(csrf()).session(office))
                .andExpect(redirectedUrl("/bank-statements/review"));

        assertThat(mvc.perform(get("/bank-statements/review").session(office)).andReturn().getResponse()
                .getContentAsString()).contains("Deze lijn is in USD, niet in euro").contains("2026-0001");
    }

    @Test
    void aCoachMayNotOpenTheBankStatements() throws Exception {
        MockHttpSession coach = signIn("coach");

        mvc.perform(get("/bank-statements").session(coach)).andExpect(status().isForbidden());
        mvc.perform(get("/bank-statements/review").session(coach)).andExpect(status().isForbidden());
    }

    @Test
    void theReviewListOpensForOfficeAndCoordinator() throws Exception {
        for (String user : new String[] {"office", "coordinator"}) {
            mvc.perform(get("/bank-statements/review").session(signIn(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Na te kijken lijnen")));
        }
    }
}
