package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sector groups and experts through the whole application: a coach registers an expert and introduces her candidate
 * to him from the dossier, which logs a prospecting activity and a line in the timeline; the coordinator places the
 * candidate in a sector group and plans a meeting, which the coach then finds in her agenda and calendar feed.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sector-groups;DB_CLOSE_DELAY=-1")
class SectorGroupsAndExpertsTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    ProspectingActivities activities;
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

    @Test
    void aCoachIntroducesHerCandidateToAnExpertAndTheProspectingLogsIt() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Fien", "Foodtruck").coachedBy("coach")
                .inProspecting();
        MockHttpSession coach = signIn("coach");
        mvc.perform(post("/experts/new").with(csrf()).session(coach).param("name", "Bart Vermeulen")
                        .param("field", "Foodtrucks en standplaatsen").param("email", "bart@foodtruck.example"))
                .andExpect(redirectedUrl("/experts"));
        assertThat(page("/experts?q=standplaats", coach)).contains("Bart Vermeulen");
        long expertId = jdbc.queryForObject("select id from expert where email = 'bart@foodtruck.example'",
                Long.class);
        assertThat(page(t.dossier(), coach)).contains(t.dossier() + "/introductions/new");

        mvc.perform(post(t.dossier() + "/introductions/new").with(csrf()).session(coach)
                        .param("expertId", Long.toString(expertId))
                        .param("introducedOn", LocalDate.now(clock).toString())
                        .param("note", "Vergunning voor een standplaats op de markt"))
                .andExpect(redirectedUrl(t.dossier()));

        // The fixture's candidate logged activities of her own on the way to the prospecting; this is the new one.
        assertThat(activities.of(t.trajectoryId(), COACH))
                .filteredOn(a -> a.getKind() == ProspectingKind.NETWORK_OR_EXPERT).singleElement()
                .satisfies(a -> assertThat(a.getDescription()).isEqualTo(
                        "Bart Vermeulen (Foodtrucks en standplaatsen): Vergunning voor een standplaats op de markt"));
        assertThat(page(t.dossier(), coach)).contains("voorgesteld aan Bart Vermeulen (Foodtrucks en standplaatsen)",
                "Vergunning voor een standplaats op de markt", "Prospectie: Netwerk of expert");
    }

    @Test
    void theCoordinatorPlansAMeetingAndTheCoachOfAMemberFindsItInHerAgenda() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Gust", "Gastronoom").coachedBy("coach")
                .inProspecting();
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(post("/sector-groups").with(csrf()).session(coordinator).param("name", "Streekproducten")
                        .param("sector", "C — Voedingsnijverheid").param("contactPerson", "coordinator"))
                .andExpect(status().is3xxRedirection());
        long groupId = jdbc.queryForObject("select id from sector_group where name = 'Streekproducten'", Long.class);
        String group = "/sector-groups/" + groupId;
        mvc.perform(post(group + "/members").with(csrf()).session(coordinator)
                        .param("trajectoryId", Long.toString(t.trajectoryId())))
                .andExpect(redirectedUrl(group + "#members"));
        LocalDate day = LocalDate.now(clock).plusDays(3);
        mvc.perform(post(group + "/meetings").with(csrf()).session(coordinator)
                        .param("startsAt", day.atTime(19, 30).toString()).param("durationMinutes", "90")
                        .param("place", "Hoeve Ter Linde").param("topic", "Korte keten"))
                .andExpect(redirectedUrl(group));

        MockHttpSession coach = signIn("coach");
        String agenda = page("/agenda?date=" + day.format(DateTimeFormatter.ISO_LOCAL_DATE), coach);
        assertThat(agenda).contains("Sectorgroep Streekproducten: Korte keten · Hoeve Ter Linde",
                "href=\"" + group + "\"");
        assertThat(page(group, coach)).contains("Gust Gastronoom", "Korte keten");
        assertThat(page("/sector-groups", signIn("coach2"))).doesNotContain("Streekproducten");
        assertThat(page(t.dossier(), coach)).contains("Sectorgroep Streekproducten",
                "Lid geworden van sectorgroep Streekproducten");
    }
}
