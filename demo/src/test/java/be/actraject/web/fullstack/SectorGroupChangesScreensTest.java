package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.agenda.CalendarFeeds;
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
import java.util.UUID;

import static be.actraject.web.support.FlashMatchers.flashMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A sector group's life after its start, through the whole application: the coordinator changes and closes it, its
 * contact person moves and cancels a meeting, and the agenda and the calendar feed follow; every refusal is said in
 * Dutch and keeps what was typed.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sector-group-changes;DB_CLOSE_DELAY=-1")
class SectorGroupChangesScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CalendarFeeds feeds;
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

    /**
     * A group kept by {@code coach}, with her candidate as a member and a meeting three days ahead at 19:30 at
     * {@link #placeOf} the group (the groups of the tests share the coach's agenda, so each meets elsewhere).
     */
    private String groupWithMemberAndMeeting(String name, TestTrajectory member) throws Exception {
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(post("/sector-groups").with(csrf()).session(coordinator).param("name", name)
                .param("sector", "F — Bouw").param("contactPerson", "coach")).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from sector_group where name = ?", Long.class, name);
        String group = "/sector-groups/" + id;
        mvc.perform(post(group + "/members").with(csrf()).session(coordinator)
                .param("trajectoryId", Long.toString(member.trajectoryId())))
                .andExpect(redirectedUrl(group + "#members"));
        mvc.perform(post(group + "/meetings").with(csrf()).session(coordinator)
                        .param("startsAt", LocalDate.now(clock).plusDays(3).atTime(19, 30).toString())
                        .param("durationMinutes", "90").param("place", placeOf(name)).param("topic", "Samen inkopen"))
                .andExpect(redirectedUrl(group));
        return group;
    }

    private static String placeOf(String groupName) {
        return "Werf " + groupName;
    }

    private long meetingOf(String group) {
        return jdbc.queryForObject("select max(id) from sector_meeting where group_id = ?", Long.class,
                Long.parseLong(group.substring(group.lastIndexOf('/') + 1)));
    }

    private String feedOf(String user, Role role) throws Exception {
        String token = feeds.issue(Actor.of(user, role));
        return mvc.perform(get("/agenda/feed/" + token + ".ics")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String agendaOf(LocalDate day, MockHttpSession session) throws Exception {
        return page("/agenda?date=" + day, session);
    }

    @Test
    void theContactPersonMovesAMeetingAndTheAgendaAndTheFeedFollow() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Bram", "Bouwer").coachedBy("coach").inProspecting();
        String name = "Renovatie " + UUID.randomUUID();
        String group = groupWithMemberAndMeeting(name, t);
        long meeting = meetingOf(group);
        MockHttpSession coach = signIn("coach");
        String form = group + "/meetings/" + meeting + "/edit";
        assertThat(page(group, coach)).contains(form);
        assertThat(page(form, coach)).contains("value=\"" + placeOf(name) + "\"", "value=\"Samen inkopen\"");

        LocalDate later = LocalDate.now(clock).plusDays(5);
        mvc.perform(post(form).with(csrf()).session(coach).param("startsAt", later.atTime(20, 0).toString())
                        .param("durationMinutes", "60").param("place", "Zaal De Kroon").param("topic", "Offertes vergelijken"))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.meeting.moved"));
        // Only its length changed: changed, not "moved to" the time it had.
        mvc.perform(post(form).with(csrf()).session(coach).param("startsAt", later.atTime(20, 0).toString())
                        .param("durationMinutes", "90").param("place", "Zaal De Kroon").param("topic", "Offertes vergelijken"))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.meeting.changed"));

        assertThat(agendaOf(later, coach)).contains("Offertes vergelijken · Zaal De Kroon", "20:00");
        assertThat(agendaOf(LocalDate.now(clock).plusDays(3), coach)).doesNotContain(placeOf(name));
        String feed = feedOf("coach", Role.COACH).replace("\r\n ", "");
        assertThat(feed).contains("sector-meeting-" + meeting + "@ac-traject", "Zaal De Kroon")
                .doesNotContain(placeOf(name));
    }

    @Test
    void aMeetingMovedIntoThePastGetsTheDateFieldsMessageAndWhatWasTypedStays() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Pia", "Plakker").coachedBy("coach").inProspecting();
        String group = groupWithMemberAndMeeting("Afwerking " + UUID.randomUUID(), t);
        String form = group + "/meetings/" + meetingOf(group) + "/edit";

        String answer = mvc.perform(post(form).with(csrf()).session(signIn("coach"))
                        .param("startsAt", LocalDate.now(clock).minusDays(1).atTime(19, 0).toString())
                        .param("durationMinutes", "90").param("place", "Nieuwe plek").param("topic", "Samen inkopen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // Yesterday is outside the date field's window, whose message says which days are taken.
        assertThat(answer).contains("value=\"Nieuwe plek\"", "is-invalid", "Een bijeenkomst plan je van");
        assertThat(jdbc.queryForObject("select place from sector_meeting where id = ?", String.class,
                meetingOf(group))).startsWith("Werf ");
    }

    @Test
    void aCancelledMeetingLeavesTheAgendaAndTheFeedAndShowsCancelledOnTheGroupPage() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Cas", "Chapeau").coachedBy("coach").inProspecting();
        String name = "Dakwerken " + UUID.randomUUID();
        String group = groupWithMemberAndMeeting(name, t);
        long meeting = meetingOf(group);
        MockHttpSession coach = signIn("coach");

        mvc.perform(post(group + "/meetings/" + meeting + "/cancel").with(csrf()).session(signIn("coach2")))
                .andExpect(status().isForbidden());
        mvc.perform(post(group + "/meetings/" + meeting + "/cancel").with(csrf()).session(coach))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.meeting.cancelledDone"));

        assertThat(page(group, coach)).contains("Samen inkopen", "geannuleerd")
                .doesNotContain(group + "/meetings/" + meeting + "/edit");
        assertThat(agendaOf(LocalDate.now(clock).plusDays(3), coach)).doesNotContain(placeOf(name));
        assertThat(feedOf("coach", Role.COACH)).doesNotContain("sector-meeting-" + meeting + "@ac-traject");
        mvc.perform(post(group + "/meetings/" + meeting + "/cancel").with(csrf()).session(coach)
                        .header("Referer", "http://localhost" + group))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.meeting.cancelledRefused"));
    }

    @Test
    void theCoordinatorChangesAGroupAndARefusedChangeKeepsWhatWasTyped() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Lies", "Loodgieter").coachedBy("coach")
                .inProspecting();
        String taken = "Sanitair " + UUID.randomUUID();
        groupWithMemberAndMeeting(taken, t);
        String group = groupWithMemberAndMeeting("Installatie " + UUID.randomUUID(), t);
        MockHttpSession coordinator = signIn("coordinator");
        assertThat(page(group, coordinator)).contains(group + "/edit");

        String duplicate = mvc.perform(post(group + "/edit").with(csrf()).session(coordinator).param("name", taken)
                        .param("sector", "F — Installatiewerken").param("contactPerson", "coach2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("Er bestaat al een sectorgroep met de naam", "Installatiewerken");
        String notACoach = mvc.perform(post(group + "/edit").with(csrf()).session(coordinator)
                        .param("name", "Installatie").param("sector", "F").param("contactPerson", "office"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notACoach).contains("Kies een coach of coördinator als contactpersoon.");

        String renamed = "Installatietechniek " + UUID.randomUUID();
        mvc.perform(post(group + "/edit").with(csrf()).session(coordinator).param("name", renamed)
                        .param("sector", "F — Installatiewerken").param("contactPerson", "coach2"))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.group.changed"));
        assertThat(page(group, signIn("coach2"))).contains(renamed, "F — Installatiewerken",
                group + "/meetings/");
        mvc.perform(post(group + "/edit").with(csrf()).session(signIn("coach")).param("name", "Van de coach")
                .param("sector", "F").param("contactPerson", "coach")).andExpect(status().isForbidden());
    }

    @Test
    void aClosedGroupEndsItsMembershipsLeavesTheAgendaAndRefusesNewMembersInDutch() throws Exception {
        TestTrajectory member = new TestTrajectories(context).candidate("Nel", "Nijver").coachedBy("coach")
                .inProspecting();
        TestTrajectory other = new TestTrajectories(context).candidate("Odo", "Oogst").coachedBy("coach")
                .inProspecting();
        String name = "Groenaanleg " + UUID.randomUUID();
        String group = groupWithMemberAndMeeting(name, member);
        MockHttpSession coordinator = signIn("coordinator");
        mvc.perform(post(group + "/close").with(csrf()).session(signIn("coach"))).andExpect(status().isForbidden());

        mvc.perform(post(group + "/close").with(csrf()).session(coordinator))
                .andExpect(redirectedUrl(group)).andExpect(flashMessage("sector.group.closedDone"));

        String closed = page(group, coordinator);
        assertThat(closed).contains("Deze sectorgroep is gesloten op", "Nel Nijver", "geannuleerd")
                .doesNotContain("data-testid=\"add-member\"", "data-testid=\"plan-meeting\"", group + "/edit");
        String list = page("/sector-groups", coordinator);
        assertThat(list).contains(name, "gesloten op");
        // "Groenaanleg …" comes before the demo's "Horeca & catering" by name, but closed it goes below it.
        assertThat(list.indexOf(name)).as("a closed group below the running ones")
                .isGreaterThan(list.indexOf("Horeca &amp; catering")).isPositive();
        assertThat(page(member.dossier(), signIn("coach"))).contains("Sectorgroep " + name
                + " gesloten: lidmaatschap beëindigd");
        assertThat(agendaOf(LocalDate.now(clock).plusDays(3), coordinator)).doesNotContain(name);
        mvc.perform(post(group + "/members").with(csrf()).session(coordinator)
                        .param("trajectoryId", Long.toString(other.trajectoryId()))
                        .header("Referer", "http://localhost" + group))
                .andExpect(redirectedUrl(group + "#members")).andExpect(flashMessage("sector.group.closedRefused"));
        assertThat(jdbc.queryForObject("select count(*) from sector_group_member where trajectory_id = ?",
                Long.class, other.trajectoryId())).isZero();
    }

    @Test
    void anAdministratorSeesAMeetingInTheAgendaWithoutALinkToTheGroupPageNotTheirs() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Ada", "Architect").coachedBy("coach")
                .inProspecting();
        String name = "Ontwerp " + UUID.randomUUID();
        String group = groupWithMemberAndMeeting(name, t);
        MockHttpSession admin = signIn("admin");

        String agenda = agendaOf(LocalDate.now(clock).plusDays(3), admin);

        assertThat(agenda).contains("Samen inkopen · " + placeOf(name)).doesNotContain("href=\"" + group + "\"");
        mvc.perform(get(group).session(admin)).andExpect(status().isForbidden());
        assertThat(agendaOf(LocalDate.now(clock).plusDays(3), signIn("coordinator")))
                .contains("href=\"" + group + "\"");
    }
}
