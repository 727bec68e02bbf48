package be.actraject.web.reports.funder;

import be.actraject.domain.access.Actor;
import be.actraject.domain.figures.Figure;
import be.actraject.domain.figures.FigureFilter;
import be.actraject.domain.figures.Figures;
import be.actraject.domain.figures.FunderReports;
import be.actraject.domain.figures.Participant;
import be.actraject.domain.figures.Period;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funder's downloads on the demo application, signed in as the demo coordinator: the participant list of the last
 * four weeks in the spreadsheet and the CSV holds the domain's list line for line, names in other scripts intact; the
 * period report prints the entries the figures count; each download leaves an entry in the audit log.
 */
@FullStackTest
class FunderReportDownloadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    FunderReports reports;
    @Autowired
    Figures figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private MockHttpSession coordinator() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("coordinator").password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private byte[] download(String file, Period period, MockHttpSession session) throws Exception {
        return mvc.perform(get("/reports/funder/" + file).param("from", period.from().toString())
                        .param("to", period.to().toString()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theListAndTheReportAreTheDomainsAndEachDownloadIsAudited() throws Exception {
        TestTrajectories trajectories = new TestTrajectories(context);
        trajectories.candidate("Çağrı", "Yılmaz").coachedBy("coach").registered();
        trajectories.candidate("Zoë", "Ölçer").coachedBy("coach").inExploration();
        LocalDate today = LocalDate.now(clock);
        Period weeks = new Period(today.minusWeeks(4), today);
        Actor coordinator = Actor.of("coordinator", Role.COORDINATOR);
        List<Participant> expected = reports.participants(weeks, coordinator);
        int audited = audited();
        MockHttpSession session = coordinator();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                download("participants.xlsx", weeks, session)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                Participant p = expected.get(i);
                Row row = rows.get(i + 1);
                assertThat(List.of(row.getCellText(0), row.getCellText(1), row.getCellText(2)))
                        .containsExactly(p.jobSeekerNumber(), p.lastName(), p.firstName());
                assertThat(row.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(p.entered());
            }
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(2) + " " + r.getCellText(1))
                    .isEqualTo("Çağrı Yılmaz"));
        }

        byte[] csv = download("participants.csv", weeks, session);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(expected.get(i).jobSeekerNumber() + ";")
                    .contains(";" + expected.get(i).entered() + ";");
        }
        assertThat(text).contains(";Yılmaz;Çağrı;").contains(";Ölçer;Zoë;");

        String pdf = PdfText.of(download("period.pdf", weeks, session)).text().replaceAll("\\s+", " ");
        long entries = figures.count(Figure.ENTRIES, weeks, FigureFilter.NONE, coordinator).count(Figure.ALL);
        assertThat(pdf).contains("Instroom Indeling Aantal Totaal " + entries + " ");

        assertThat(audited()).isEqualTo(audited + 3);
        assertThat(jdbc.queryForList("select subject from audit_entry where kind = 'FUNDER_REPORT_EXPORTED'"
                        + " and actor = 'coordinator' and detail = ? order by id", String.class,
                weeks.from() + "/" + weeks.to()))
                .endsWith("participants.xlsx", "participants.csv", "period.pdf");
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where kind = 'FUNDER_REPORT_EXPORTED'",
                Integer.class);
    }
}
