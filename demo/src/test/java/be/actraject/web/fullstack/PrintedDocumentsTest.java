package be.actraject.web.fullstack;

import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Scale;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.cooperative.Cooperative;
import be.actraject.domain.earnings.ExtraEarningsStatements;
import be.actraject.web.pdf.PdfText;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development report and the monthly statement as their links hand them out (the quote, invoice and credit note
 * share one template, tried in {@code InvoicePdfTest}): a candidate's name prints intact in Greek and in Cyrillic with
 * the font embedded, in the cooperative's letterhead and footer, with the figures written as the reader writes them.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
class PrintedDocumentsTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final Actor OFFICE = Actor.of("office", Role.OFFICE);

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TrajectoryStart trajectories;
    @Autowired
    Assessments assessments;
    @Autowired
    ExtraEarningsStatements statements;
    @Autowired
    Cooperative cooperative;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private PdfText download(String path, MockHttpSession session) throws Exception {
        return PdfText.of(mvc.perform(get(path).session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray());
    }

    private TrajectoryStart.Registered register(String first, String last, String jobSeekerNumber) {
        return trajectories.register(new CandidateDetails(first, last, null, "0470 11 22 33", "Markt 1", "9000",
                "Gent", LocalDate.of(1990, 3, 4), jobSeekerNumber, LocalDate.now(clock).minusMonths(3),
                "Vertaalbureau"),
                "coach", Actor.of("coordinator", Role.COORDINATOR));
    }

    private static void assertPrintedWithTheEmbeddedFont(PdfText printed) {
        // openhtmltopdf prints # for a character its font lacks.
        assertThat(printed.text()).doesNotContain("#");
        assertThat(printed.fontsEmbedded()).isNotEmpty()
                .allSatisfy((font, embedded) -> assertThat(embedded).as(font + " embedded").isTrue())
                .allSatisfy((font, embedded) -> assertThat(font).contains("DejaVuSans"));
    }

    @Test
    void theDevelopmentReportPrintsAGreekNameInTheCooperativesLayout() throws Exception {
        TrajectoryStart.Registered eleni = register("Ελένη", "Παπαδοπούλου", "VDAB900101");
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, 1 + c.ordinal() % 5);
        }
        long assessment = assessments.record(eleni.trajectoryId(), LocalDate.now(clock), new Scale(1, 5), scores, COACH)
                .getId();

        PdfText report = download("/candidates/" + eleni.candidateId() + "/assessments/" + assessment
                + "/report.pdf", signIn("coach"));

        assertThat(report.text()).contains("Ontwikkelingsrapport Entre-spiegel", "Ελένη Παπαδοπούλου",
                "Doorzettingsvermogen", cooperative.getName(), "Ondernemingsnummer 0566.988.259",
                "Pagina 1/2", "Pagina 2/2");
        assertPrintedWithTheEmbeddedFont(report);
    }

    @Test
    void theMonthlyStatementPrintsACyrillicNameAndItsHoursAsTheReaderWritesThem() throws Exception {
        TrajectoryStart.Registered dmitry = register("Дмитрий", "Иванов", "VDAB900102");
        long statement = statements.draw(dmitry.trajectoryId(), YearMonth.now(clock).minusMonths(1),
                new BigDecimal("612.5"), new BigDecimal("2.00"), OFFICE).getId();
        MockHttpSession office = signIn("office");

        PdfText dutch = download("/statements/" + statement + "/pdf", office);
        assertThat(dutch.text()).contains("Maandstaat bijverdienste " + YearMonth.now(clock).minusMonths(1),
                "Дмитрий Иванов", "VDAB900102", "612,5", "Plafond: 612,5 uur × 2,00 EUR", "1.225,00",
                cooperative.getName(), "Ondernemingsnummer 0566.988.259", "Pagina 1/1");
        assertPrintedWithTheEmbeddedFont(dutch);

        PdfText english = download("/statements/" + statement + "/pdf?lang=en", office);
        assertThat(english.text()).contains("Extra-earnings statement", "Дмитрий Иванов",
                "Cap: 612.5 h × 2.00 EUR", "1,225.00", "Enterprise number 0566.988.259", "Page 1/1");
        assertPrintedWithTheEmbeddedFont(english);
    }
}
