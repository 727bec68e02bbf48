package be.actraject.web.fullstack;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.Situation;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The survival figures on the coordinator's page, counted on a fixture of four exits with known answers (thirty
 * months back, so that the demo's exits of today fall in other rows and 24 months have passed but not 36), and the
 * "Na de uitstroom" box on a dossier. Without the demo's former candidates (PastExits), whose exits of the year before
 * last would share the fixture's rows.
 */
@FullStackTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:survival-screens;DB_CLOSE_DELAY=-1",
        "actraject.demo-past-exits=false"})
class SurvivalScreensTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ExitTasks exits;
    @Autowired
    AftercareContacts aftercare;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Stopped and registered as self-employed by its coach, then dated back to the exit day of the fixture. */
    private TestTrajectory exitedOn(TestTrajectories fixture, String name, LocalDate exit) {
        TestTrajectory t = fixture.candidate("Overleving", name).coachedBy("coach").registered();
        exits.stop(t.trajectoryId(), "Start als zelfstandige", COACH);
        exits.completeExitRegistration(fixture.claim(t, UserTask.EXIT_REGISTRATION, COACH), ExitType.SELF_EMPLOYED,
                "Eigen zaak", COACH);
        jdbc.update("update trajectory set end_date = ? where id = ?", exit, t.trajectoryId());
        return t;
    }

    private void answered(TestTrajectory t, LocalDate exit, int months, Situation situation) {
        LocalDate on = exit.plusMonths(months);
        aftercare.record(t.trajectoryId(), "P" + months + "M", on, situation, on.minusDays(10), null, COACH);
    }

    /** The cells of one row of the table, from its opening tag to its end. */
    private static String row(String page, String key) {
        int from = page.indexOf("data-row=\"" + key + "\"");
        assertThat(from).as("row " + key).isPositive();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    /** One cell of a row: the figures at that many months. */
    private static String cell(String row, int months) {
        int from = row.indexOf("data-months=\"" + months + "\"");
        assertThat(from).as("cell at " + months + " months").isPositive();
        return row.substring(from, row.indexOf("</td>", from));
    }

    @Test
    void theCoordinatorReadsSurvivalPerExitYearAndTheDossierTellsWhetherStillInBusiness() throws Exception {
        TestTrajectories fixture = new TestTrajectories(context);
        // Thirty months back: the 24-month follow-up has come, the 36-month one has not.
        LocalDate exit = LocalDate.now(clock).minusMonths(30);
        int year = exit.getYear();
        TestTrajectory a = exitedOn(fixture, "Anna", exit);
        TestTrajectory b = exitedOn(fixture, "Bart", exit);
        TestTrajectory c = exitedOn(fixture, "Chloë", exit);
        TestTrajectory d = exitedOn(fixture, "Dirk", exit);
        answered(a, exit, 3, Situation.SELF_EMPLOYED_ACTIVE);
        answered(a, exit, 6, Situation.SELF_EMPLOYED_ACTIVE);
        answered(a, exit, 12, Situation.IN_COOPERATIVE);
        answered(b, exit, 3, Situation.SELF_EMPLOYED_ACTIVE);
        answered(b, exit, 6, Situation.STOPPED);
        answered(b, exit, 12, Situation.SALARIED);
        answered(c, exit, 3, Situation.IN_COOPERATIVE);
        answered(c, exit, 6, Situation.SELF_EMPLOYED_ACTIVE);
        answered(d, exit, 3, Situation.SALARIED);
        answered(a, exit, 24, Situation.IN_COOPERATIVE);
        answered(c, exit, 24, Situation.STOPPED);

        String report = page(signIn("coordinator"), "/reports/survival");
        String figures = row(report, year + "-SELF_EMPLOYED");

        assertThat(figures).contains(">4<", "3 van 4 (75%)", "onbekend: 0", "2 van 3 (67%)", "onbekend: 1",
                "1 van 2 (50%)", "onbekend: 2");
        assertThat(cell(figures, 24)).contains("1 van 2 (50%)", "onbekend: 2");
        // No exit in this database is 36 months old: the moment has no column yet.
        assertThat(report).contains("Na 24 maanden").doesNotContain("Na 36 maanden");
        mvc.perform(get("/reports/survival").session(signIn("coach"))).andExpect(status().isForbidden());

        MockHttpSession coach = signIn("coach");
        assertThat(page(coach, a.dossier())).contains("Na de uitstroom", "Nog zelfstandig: ja", "Na 12 maanden",
                "Na 24 maanden", "In een ondernemerscoöperatie").doesNotContain("Na 36 maanden");
        assertThat(page(coach, b.dossier())).contains("Nog zelfstandig: nee");
        String dirk = page(coach, d.dossier());
        assertThat(dirk.substring(dirk.indexOf("data-testid=\"dossier-aftercare\"")))
                .contains("Na 24 maanden", "nog geen antwoord");
    }
}
