package be.actraject.web.fullstack;

import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.system.Flash;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import be.actraject.testsupport.TestEnterpriseNumbers;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A third-party module from the catalogue to the certificate, through the screens: the coordinator adds the provider,
 * a paid module and its moment; the coach enrols an exploring candidate from the dossier for an action of the POP,
 * cannot record attendance before the coordinator agreed in the approval task, records it after (the POP action is done), and completes
 * with the certificate — the dossier, its timeline, the agenda and the module list tell each step.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
class TrainingScreensTest {

    @Autowired
    ApplicationContext context;
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

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String flashOf(MvcResult result) {
        Flash flash = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
        return flash == null ? null : flash.key();
    }

    @Test
    void aCoachEnrolsTheCoordinatorAgreesAndTheCertificateCompletesIt() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Nina", "Opleiding").coachedBy("coach")
                .inExploration();
        MockHttpSession coordinator = signIn("coordinator");
        MockHttpSession coach = signIn("coach");
        LocalDate day = LocalDate.now(clock).plusDays(5);

        mvc.perform(post("/training/providers/new").with(csrf()).session(coordinator)
                .param("name", "Syntra Schermtest")
                .param("enterpriseNumber", "BE " + TestEnterpriseNumbers.fresh().formatted()));
        long provider = jdbc.queryForObject("select id from training_provider where name = 'Syntra Schermtest'",
                Long.class);
        mvc.perform(post("/training/modules/new").with(csrf()).session(coordinator)
                .param("title", "Boekhouden schermtest").param("providerId", String.valueOf(provider))
                .param("competencies", "SENSE_OF_PROFITABILITY").param("cost", "145,50").param("payer", "COOPERATIVE")
                .param("seats", "3").param("place", "Gent"));
        long module = jdbc.queryForObject("select id from training_module where title = 'Boekhouden schermtest'",
                Long.class);
        mvc.perform(post("/training/modules/" + module + "/moments").with(csrf()).session(coordinator)
                .param("day", day.toString()).param("start", "09:00").param("end", "12:30"));
        // Issue 17: the same moment again (a second click) is refused beside its start: one moment, seats once.
        String twice = mvc.perform(post("/training/modules/" + module + "/moments").with(csrf()).session(coordinator)
                        .param("day", day.toString()).param("start", "09:00").param("end", "12:30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("Deze module heeft al een moment op die dag en dat beginuur.",
                "value=\"" + day + "\"");
        long moment = jdbc.queryForObject("select id from training_moment where module_id = ?", Long.class, module);
        assertThat(page("/training/modules", coordinator)).contains("Boekhouden schermtest", "Syntra Schermtest",
                "€ 145,50", "nog 3 plaatsen vrij", "Besef van rendement");

        long action = jdbc.queryForObject("select min(a.id) from plan_action a join plan_objective o"
                + " on o.id = a.objective_id join development_plan p on p.id = o.plan_id where p.trajectory_id = ?"
                + " and a.done_on is null", Long.class, t.trajectoryId());
        assertThat(page(t.dossier(), coach)).contains("Opleidingen", module + ":" + moment,
                "<option value=\"" + action + "\">");
        mvc.perform(post(t.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", module + ":" + moment).param("action", String.valueOf(action)));
        long enrolment = jdbc.queryForObject("select id from training_enrolment where module_id = ?", Long.class,
                module);
        assertThat(page(t.dossier(), coach)).contains("Aangevraagd", "Wacht op goedkeuring door de coördinator");
        assertThat(page("/agenda?date=" + day, coach)).contains("data-uid=\"training-" + enrolment + "\"",
                "Opleiding Boekhouden schermtest: Nina Opleiding");
        assertThat(page("/agenda?date=" + day, signIn("coach2"))).doesNotContain("training-" + enrolment);

        MvcResult early = mvc.perform(post("/training/enrolments/" + enrolment + "/attended").with(csrf())
                .session(coach).header("Referer", "http://localhost" + t.dossier())).andReturn();
        assertThat(flashOf(early)).isEqualTo("training.refused.notAgreed");
        assertThat(state(enrolment)).isEqualTo("REQUESTED");

        String approval = context.getBean(TaskService.class).createTaskQuery()
                .taskDefinitionKey(UserTask.TRAINING_APPROVAL.key())
                .processVariableValueEquals(Variables.ENROLMENT_ID, enrolment).singleResult().getId();
        assertThat(page("/training/modules", coordinator)).contains("Nina Opleiding", "nog 2 plaatsen vrij",
                "/tasks/" + approval + "/training-approval");
        mvc.perform(post("/tasks/" + approval + "/claim").with(csrf()).session(coordinator));
        mvc.perform(post("/tasks/" + approval + "/training-approval").with(csrf()).session(coordinator)
                .param("decision", "AGREE"));
        assertThat(state(enrolment)).isEqualTo("AGREED");
        // Issue 17: no "Gevolgd"/"Afwezig" before the moment has begun (the service refuses them then, below).
        assertThat(page(t.dossier(), coach)).contains("data-enrolment=\"" + enrolment + "\"")
                .doesNotContain("data-testid=\"attended\"");
        for (String step : new String[]{"attended", "absent"}) {
            MvcResult beforeTheMoment = mvc.perform(post("/training/enrolments/" + enrolment + "/" + step)
                    .with(csrf()).session(coach).header("Referer", "http://localhost" + t.dossier())).andReturn();
            assertThat(flashOf(beforeTheMoment)).isEqualTo("training.refused.notStarted");
            assertThat(state(enrolment)).isEqualTo("AGREED");
            assertThat(jdbc.queryForObject("select done_on from plan_action where id = ?", LocalDate.class, action))
                    .isNull();
        }
        // The moment has taken place (moved to this morning's start, as time would).
        jdbc.update("update training_moment set held_on = ?, start_time = '00:00' where id = ?",
                LocalDate.now(clock), moment);
        assertThat(page(t.dossier(), coach)).contains("data-testid=\"attended\"");
        mvc.perform(post("/training/enrolments/" + enrolment + "/attended").with(csrf()).session(coach));
        assertThat(jdbc.queryForObject("select done_on from plan_action where id = ?", LocalDate.class, action))
                .isEqualTo(LocalDate.now(clock));

        MvcResult docx = mvc.perform(multipart("/training/enrolments/" + enrolment + "/certificate")
                .file(new MockMultipartFile("file", "attest.docx", "application/octet-stream",
                        new byte[]{'P', 'K', 3, 4, 0}))
                .with(csrf()).session(coach).header("Referer", "http://localhost" + t.dossier())).andReturn();
        assertThat(flashOf(docx)).isEqualTo("training.refused.certificateType");
        assertThat(state(enrolment)).isEqualTo("ATTENDED");

        mvc.perform(multipart("/training/enrolments/" + enrolment + "/certificate")
                .file(new MockMultipartFile("file", "attest.pdf", "application/pdf",
                        "%PDF-1.4\n% attest\n".getBytes(StandardCharsets.US_ASCII)))
                .with(csrf()).session(coach));

        assertThat(state(enrolment)).isEqualTo("COMPLETED");
        assertThat(page(t.dossier(), coach)).contains("Afgerond", "attest.pdf",
                "Opleiding afgerond met attest: Boekhouden schermtest", "Opleiding goedgekeurd: Boekhouden schermtest",
                "Vanuit het POP", "POP-actie afgerond");
    }

    @Test
    void aFullModuleIsOfferedMarkedFullAndNotChoosableAndAModuleWithoutPlaceHasNoStraySeparator() throws Exception {
        TestTrajectory first = new TestTrajectories(context).candidate("Ruben", "Volzet").coachedBy("coach")
                .inExploration();
        TestTrajectory second = new TestTrajectories(context).candidate("Sien", "Volzet").coachedBy("coach")
                .inExploration();
        MockHttpSession coordinator = signIn("coordinator");
        MockHttpSession coach = signIn("coach");
        mvc.perform(post("/training/providers/new").with(csrf()).session(coordinator)
                .param("name", "Syntra Volzettest")
                .param("enterpriseNumber", "BE " + TestEnterpriseNumbers.fresh().formatted()));
        long provider = jdbc.queryForObject("select id from training_provider where name = 'Syntra Volzettest'",
                Long.class);
        mvc.perform(post("/training/modules/new").with(csrf()).session(coordinator)
                .param("title", "Volzettest").param("providerId", String.valueOf(provider)).param("onDemand", "true")
                .param("competencies", "NETWORKING").param("cost", "0").param("payer", "COOPERATIVE")
                .param("seats", "1"));
        long module = jdbc.queryForObject("select id from training_module where title = 'Volzettest'", Long.class);
        mvc.perform(post(first.dossier() + "/enrolments").with(csrf()).session(coach)
                .param("choice", String.valueOf(module)));

        assertThat(page(second.dossier(), coach)).containsPattern("<option value=\"" + module
                + "\"\\s+disabled=\"disabled\">Volzettest – Syntra Volzettest – op aanvraag – volzet</option>");
        // No place and not online: one separator between the cost and the competencies, none before an empty place.
        String modules = page("/training/modules", coordinator);
        int card = modules.indexOf(">Volzettest<");
        assertThat(modules.substring(card, modules.indexOf("</p>", card)))
                .containsPattern("Gratis</span></span>\\s*·\\s*<span>Netwerken vormen</span>");
    }

    @Test
    void aCoachDoesNotSeeTheCatalogueAndOfficeStaffNoTrainingInTheDossier() throws Exception {
        mvc.perform(get("/training/modules").session(signIn("coach"))).andExpect(status().isForbidden());
        TestTrajectory t = new TestTrajectories(context).candidate("Omer", "Kantoor").coachedBy("coach")
                .inExploration();
        assertThat(page(t.dossier(), signIn("office"))).doesNotContain("data-testid=\"dossier-training\"");
    }

    private String state(long enrolment) {
        return jdbc.queryForObject("select state from training_enrolment where id = ?", String.class, enrolment);
    }

    /** Issue 17: a moment that is over reads as past in the coordinator's list, not with seats still free. */
    @Test
    void aMomentThatIsOverShowsAsPastInTheModuleList() throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(post("/training/providers/new").with(csrf()).session(coordinator)
                .param("name", "Syntra Voorbijtest")
                .param("enterpriseNumber", "BE " + TestEnterpriseNumbers.fresh().formatted()));
        long provider = jdbc.queryForObject("select id from training_provider where name = 'Syntra Voorbijtest'",
                Long.class);
        mvc.perform(post("/training/modules/new").with(csrf()).session(coordinator)
                .param("title", "Voorbijtest").param("providerId", String.valueOf(provider))
                .param("competencies", "NETWORKING").param("cost", "0").param("payer", "COOPERATIVE")
                .param("seats", "4"));
        long module = jdbc.queryForObject("select id from training_module where title = 'Voorbijtest'", Long.class);
        LocalDate later = LocalDate.now(clock).plusDays(3);
        for (String start : new String[]{"09:00", "13:00"}) {
            mvc.perform(post("/training/modules/" + module + "/moments").with(csrf()).session(coordinator)
                    .param("day", later.toString()).param("start", start).param("end", start.replace(":00", ":30")));
        }
        // The first has taken place since (moved to yesterday, as time would).
        jdbc.update("update training_moment set held_on = ? where module_id = ? and start_time = '09:00'",
                LocalDate.now(clock).minusDays(1), module);

        String modules = page("/training/modules", coordinator);
        String card = modules.substring(modules.indexOf(">Voorbijtest<"));
        card = card.substring(0, card.indexOf("</ul>"));
        assertThat(card).containsOnlyOnce("nog 4 plaatsen vrij").containsOnlyOnce("data-testid=\"moment-past\"")
                .contains(">voorbij<");
    }
}
