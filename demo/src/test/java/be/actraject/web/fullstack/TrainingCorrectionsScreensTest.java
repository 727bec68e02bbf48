package be.actraject.web.fullstack;

import be.actraject.testsupport.TestEnterpriseNumbers;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.system.Flash;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the screens: a refused enrolment comes back to the dossier's training box with the module still chosen;
 * an absence reads as an absence, is taken back with a reason the timeline shows, and frees its seat meanwhile.
 * The same context as {@link TrainingScreensTest}.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
class TrainingCorrectionsScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private long freeModuleOnDemand(String title, int seats) throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(post("/training/providers/new").with(csrf()).session(coordinator)
                .param("name", "Provider " + title).param("enterpriseNumber", TestEnterpriseNumbers.fresh().formatted()));
        long provider = jdbc.queryForObject("select id from training_provider where name = ?", Long.class,
                "Provider " + title);
        mvc.perform(post("/training/modules/new").with(csrf()).session(coordinator)
                .param("title", title).param("providerId", String.valueOf(provider)).param("onDemand", "true")
                .param("competencies", "NETWORKING").param("cost", "0").param("payer", "COOPERATIVE")
                .param("seats", String.valueOf(seats)).param("place", "Gent"));
        return jdbc.queryForObject("select id from training_module where title = ?", Long.class, title);
    }

    @Test
    void aFullModuleComesBackToTheTrainingBoxWithTheModuleStillChosen() throws Exception {
        long module = freeModuleOnDemand("Netwerken volzet", 1);
        MockHttpSession coach = signIn("coach");
        TestTrajectory first = new TestTrajectories(context).candidate("Eerste", "Plaats").coachedBy("coach")
                .inExploration();
        TestTrajectory second = new TestTrajectories(context).candidate("Tweede", "Plaats").coachedBy("coach")
                .inExploration();
        mvc.perform(post(first.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", String.valueOf(module)));

        MvcResult refused = mvc.perform(post(second.dossier() + "/enrolments").with(csrf()).session(coach)
                        .param("choice", String.valueOf(module)).header("Referer", "http://localhost" + second.dossier()))
                .andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(second.dossier() + "#training");
        assertThat(((Flash) refused.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("training.refused.full");
        String page = mvc.perform(get(second.dossier()).session(coach).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Still chosen, and shown full (and not to be chosen again) since the enrol list marks full offers.
        assertThat(page).contains("Netwerken volzet is volzet")
                .containsPattern("<option value=\"" + module + "\"[^>]*\\sselected=\"selected\"[^>]*>[^<]*volzet");
    }

    /**
     * A module the candidate is enrolled in (still standing) is shown in the enrol list, marked and not choosable,
     * and enrolling in it anyway is refused with a sentence that names no moment, since a module on demand has none.
     * Once the enrolment no longer stands (an absence), it can be chosen again.
     */
    @Test
    void aModuleTheCandidateIsEnrolledInIsNotOfferedAgainAndItsRefusalNamesNoMoment() throws Exception {
        long module = freeModuleOnDemand("Netwerken dubbel", 5);
        MockHttpSession coach = signIn("coach");
        TestTrajectory t = new TestTrajectories(context).candidate("Dubbele", "Inschrijving").coachedBy("coach")
                .inExploration();
        String free = "<option value=\"" + module + "\"";
        assertThat(page(t.dossier(), coach)).containsPattern(free + ">[^<]*op aanvraag</option>");
        mvc.perform(post(t.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", String.valueOf(module)));

        assertThat(page(t.dossier(), coach)).containsPattern(free + "\\s+disabled=\"disabled\"[^>]*>[^<]*al ingeschreven");
        MvcResult twice = mvc.perform(post(t.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", String.valueOf(module))).andReturn();
        assertThat(((Flash) twice.getFlashMap().get(Flash.ATTRIBUTE)).key())
                .isEqualTo("training.refused.alreadyEnrolled.onDemand");
        String refused = mvc.perform(get(t.dossier()).session(coach).flashAttrs(twice.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("al ingeschreven voor Netwerken dubbel (op aanvraag)")
                .doesNotContain("op dat moment");
        assertThat(jdbc.queryForObject("select count(*) from training_enrolment where module_id = ?", Long.class,
                module)).isOne();

        long enrolment = jdbc.queryForObject("select id from training_enrolment where module_id = ?", Long.class,
                module);
        mvc.perform(post("/training/enrolments/" + enrolment + "/absent").with(csrf()).session(coach));
        assertThat(page(t.dossier(), coach)).containsPattern(free + ">[^<]*op aanvraag</option>");
    }

    @Test
    void anAbsenceReadsAsAnAbsenceFreesItsSeatAndIsTakenBackWithItsReason() throws Exception {
        long module = freeModuleOnDemand("Netwerken afwezig", 1);
        MockHttpSession coach = signIn("coach");
        TestTrajectory t = new TestTrajectories(context).candidate("Afwezige", "Cursist").coachedBy("coach")
                .inExploration();
        mvc.perform(post(t.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", String.valueOf(module)));
        long enrolment = jdbc.queryForObject("select id from training_enrolment where module_id = ?", Long.class,
                module);

        MvcResult absent = mvc.perform(post("/training/enrolments/" + enrolment + "/absent").with(csrf())
                .session(coach)).andReturn();

        assertThat(((Flash) absent.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("training.attendance.ABSENT");
        String dossier = page(t.dossier(), coach);
        assertThat(dossier).contains("Afwezigheid genoteerd op").doesNotContain("Aanwezigheid genoteerd op")
                .contains("data-testid=\"undo-attendance\"");
        assertThat(page("/training/modules", signIn("coordinator"))).contains("0 ingeschreven", "1 afwezig");

        mvc.perform(post("/training/enrolments/" + enrolment + "/undo").with(csrf()).session(coach)
                .param("reason", "Verkeerde knop: ze was er wel"));

        assertThat(jdbc.queryForObject("select state from training_enrolment where id = ?", String.class,
                enrolment)).isEqualTo("AGREED");
        assertThat(page(t.dossier(), coach)).contains("Aanwezigheid of afwezigheid teruggezet: Netwerken afwezig",
                "Reden: Verkeerde knop: ze was er wel");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
