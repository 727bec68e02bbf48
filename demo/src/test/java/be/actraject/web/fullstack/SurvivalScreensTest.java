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
 * The survival figures on the coordinator's page, counted on a fixture of four exits with known answers (two years
 * back, so that the demo's exits of today fall in other rows), and the "Na de uitstroom" box on a dossier.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:survival-screens;DB_CLOSE_DELAY=-1")
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

    @Test
    void theCoordinatorReadsSurvivalPerExitYearAndTheDossierTellsWhetherStillInBusiness() throws Exception {
        TestTrajectories fixture = new TestTrajectories(context);
        int year = LocalDate.now(clock).getYear() - 2;
        LocalDate exit = LocalDate.of(year, 3, 31);
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

        String figures = row(page(signIn("coordinator"), "/reports/survival"), year + "-SELF_EMPLOYED");

        assertThat(figures).contains(">4<", "3 van 4 (75%)", "onbekend: 0", "2 van 3 (67%)", "onbekend: 1",
                "1 van 2 (50%)", "onbekend: 2");
        mvc.perform(get("/reports/survival").session(signIn("coach"))).andExpect(status().isForbidden());

        MockHttpSession coach = signIn("coach");
        assertThat(page(coach, a.dossier())).contains("Na de uitstroom", "Nog zelfstandig: ja", "Na 12 maanden",
                "In een ondernemerscoöperatie");
        assertThat(page(coach, b.dossier())).contains("Nog zelfstandig: nee");
    }
}
