package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.sector.ExpertEntry;
import be.actraject.domain.sector.Experts;
import be.actraject.domain.sector.SectorGroupEntry;
import be.actraject.domain.sector.SectorGroups;
import be.actraject.domain.training.ModuleDraft;
import be.actraject.domain.training.Payer;
import be.actraject.domain.training.TrainingModules;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.web.system.Flash;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A create form sent twice with the same one-time token — a double click, a re-post, a duplicated tab — creates one
 * row, and the second answer goes where the first went with a message that says so; a form sent back with its errors
 * can be corrected and sent with the same token; two arrivals at once still create one row.
 */
@FullStackTest
class RepeatedSubmissionTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private MvcResult send(MockHttpServletRequestBuilder form, MockHttpSession session, String token)
            throws Exception {
        return mvc.perform(form.with(csrf()).session(session).param("_submission", token)).andReturn();
    }

    private static void assertRepeat(MvcResult repeat, String firstWentTo) {
        assertThat(repeat.getResponse().getStatus()).isEqualTo(303);
        assertThat(repeat.getResponse().getHeader("Location")).isEqualTo(firstWentTo);
        assertThat(((Flash) repeat.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("submission.repeated");
    }

    private long module() {
        long provider = jdbc.queryForObject("select min(id) from training_provider", Long.class);
        return context.getBean(TrainingModules.class).create(new ModuleDraft("Dubbel klikken " + token(), provider,
                Set.of(Competency.NETWORKING), true, "Gent", false, BigDecimal.ZERO, Payer.COOPERATIVE, null),
                COORDINATOR).getId();
    }

    private long sectorGroup() {
        return context.getBean(SectorGroups.class).create(new SectorGroupEntry("Dubbel " + token(), "I — Horeca",
                null, "coordinator"), COORDINATOR).getId();
    }

    private long moments(long module) {
        return jdbc.queryForObject("select count(*) from training_moment where module_id = ?", Long.class, module);
    }

    private long meetings(long group) {
        return jdbc.queryForObject("select count(*) from sector_meeting where group_id = ?", Long.class, group);
    }

    private MockHttpServletRequestBuilder moment(long module, LocalDate day) {
        return post("/training/modules/" + module + "/moments").param("day", day.toString())
                .param("start", "09:00").param("end", "12:00");
    }

    private MockHttpServletRequestBuilder meeting(long group, String topic) {
        return post("/sector-groups/" + group + "/meetings")
                .param("startsAt", LocalDate.now(clock).plusDays(14).atTime(19, 0).toString())
                .param("durationMinutes", "90").param("place", "Lokaal 2").param("topic", topic);
    }

    @Test
    void aTrainingMomentSentTwiceIsAddedOnce() throws Exception {
        long module = module();
        MockHttpSession coordinator = signIn("coordinator");
        String token = token();
        LocalDate day = LocalDate.now(clock).plusDays(7);

        MvcResult first = send(moment(module, day), coordinator, token);
        MvcResult second = send(moment(module, day), coordinator, token);

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/training/modules/" + module + "/edit");
        assertRepeat(second, "/training/modules/" + module + "/edit");
        assertThat(moments(module)).isEqualTo(1);
    }

    @Test
    void aSectorGroupMeetingSentTwiceIsPlannedOnce() throws Exception {
        long group = sectorGroup();
        MockHttpSession coordinator = signIn("coordinator");
        String token = token();

        send(meeting(group, "Prijszetting"), coordinator, token);
        MvcResult second = send(meeting(group, "Prijszetting"), coordinator, token);

        assertRepeat(second, "/sector-groups/" + group);
        assertThat(meetings(group)).isEqualTo(1);
        // The page the repeat goes to says once that the form was handled once.
        String page = mvc.perform(get("/sector-groups/" + group).session(coordinator)
                .flashAttrs(second.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dit formulier werd al verzonden; het werd maar één keer verwerkt.");
    }

    @Test
    void anExpertIntroductionSentTwiceIsRecordedOnce() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Dries", "Dubbelklik").coachedBy("coach")
                .inProspecting();
        long expert = context.getBean(Experts.class).register(new ExpertEntry("Els Eenmaal", "Marketing", null,
                "els-" + token() + "@example.be", null, null), COORDINATOR).getId();
        MockHttpSession coach = signIn("coach");
        String token = token();
        MockHttpServletRequestBuilder introduction = post(t.dossier() + "/introductions/new")
                .param("expertId", Long.toString(expert)).param("introducedOn", LocalDate.now(clock).toString())
                .param("note", "Voor haar webshop");

        send(introduction, coach, token);
        MvcResult second = send(introduction, coach, token);

        assertRepeat(second, t.dossier());
        assertThat(jdbc.queryForObject("select count(*) from expert_introduction where trajectory_id = ?",
                Long.class, t.trajectoryId())).isEqualTo(1);
    }

    @Test
    void aFormSentBackWithItsErrorsIsCorrectedAndSentWithTheSameToken() throws Exception {
        long group = sectorGroup();
        MockHttpSession coordinator = signIn("coordinator");
        String token = token();

        MvcResult refused = send(meeting(group, ""), coordinator, token);
        MvcResult corrected = send(meeting(group, "Subsidies"), coordinator, token);

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(corrected.getResponse().getRedirectedUrl()).isEqualTo("/sector-groups/" + group);
        assertThat(meetings(group)).isEqualTo(1);
    }

    @Test
    void twoArrivalsAtOnceCreateOneRow() throws Exception {
        long group = sectorGroup();
        MockHttpSession coordinator = signIn("coordinator");
        String token = token();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<MvcResult> a = CompletableFuture.supplyAsync(() -> sendOnSignal(start, group, coordinator,
                token));
        CompletableFuture<MvcResult> b = CompletableFuture.supplyAsync(() -> sendOnSignal(start, group, coordinator,
                token));

        start.countDown();
        MvcResult first = a.get(30, TimeUnit.SECONDS);
        MvcResult second = b.get(30, TimeUnit.SECONDS);

        assertThat(meetings(group)).isEqualTo(1);
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("/sector-groups/" + group);
        assertThat(second.getResponse().getHeader("Location")).isEqualTo("/sector-groups/" + group);
        assertThat(first.getResponse().getStatus() + second.getResponse().getStatus())
                .as("one handled (302), one repeat (303)").isEqualTo(302 + 303);
    }

    @Test
    void postFormsCarryTheOneTimeFieldAndTheSearchFormDoesNot() throws Exception {
        long module = module();
        MockHttpSession coordinator = signIn("coordinator");

        String page = mvc.perform(get("/training/modules/" + module + "/edit").session(coordinator)).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("name=\"_submission\"");
        String search = page.substring(page.indexOf("data-search"));
        assertThat(search.substring(0, search.indexOf("</form>"))).doesNotContain("_submission");
    }

    private MvcResult sendOnSignal(CountDownLatch start, long group, MockHttpSession session, String token) {
        try {
            start.await();
            return send(meeting(group, "Samen verkopen"), session, token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
