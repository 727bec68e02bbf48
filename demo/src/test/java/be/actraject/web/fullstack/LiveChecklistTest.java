package be.actraject.web.fullstack;

import be.actraject.domain.access.Actor;
import be.actraject.domain.exploration.Deliverable;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingActivity;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exploration's checklist and the prospecting's activities live through their phase: the coach updates them from
 * the dossier whenever something moves, the timeline says so, the phase review opens with them as they stand — and a
 * note longer than its column comes back with a message, everything typed kept.
 */
@FullStackTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:printed-documents;DB_CLOSE_DELAY=-1")
class LiveChecklistTest {

    private static final Actor COACH = Actor.of("coach", Role.COACH);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Deliverables deliverables;
    @Autowired
    ProspectingActivities activities;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private DeliverableStatus website(TestTrajectory t) {
        return deliverables.of(t.trajectoryId(), COACH).stream().filter(d -> d.getKind() == DeliverableKind.WEBSITE)
                .findFirst().map(Deliverable::getStatus).orElseThrow();
    }

    @Test
    void theCoachUpdatesTheChecklistFromTheDossierAndTheReviewOpensWithIt() throws Exception {
        TestTrajectories fixture = new TestTrajectories(context);
        TestTrajectory t = fixture.candidate("Lien", "Levend").coachedBy("coach").inExploration();
        MockHttpSession coach = signIn("coach");
        assertThat(page(t.dossier(), coach)).contains(t.dossier() + "/deliverables");

        mvc.perform(post(t.dossier() + "/deliverables").with(csrf()).session(coach)
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "IN_PROGRESS")
                        .param("deliverables[0].note", "Bij de webbouwer"))
                .andExpect(redirectedUrl(t.dossier()));

        assertThat(website(t)).isEqualTo(DeliverableStatus.IN_PROGRESS);
        assertThat(page(t.dossier(), coach)).contains("Bij de webbouwer", "Verfijning bijgewerkt");
        String task = fixture.claim(t, UserTask.EXPLORATION_REVIEW, COACH);
        String review = page("/tasks/" + task + "/exploration-review", coach);
        assertThat(review).contains("value=\"Bij de webbouwer\"", "value=\"IN_PROGRESS\" selected=\"selected\"");
    }

    @Test
    void anotherCoachMayNotUpdateTheChecklist() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Door", "Verboden").coachedBy("coach")
                .inExploration();

        mvc.perform(post(t.dossier() + "/deliverables").with(csrf()).session(signIn("coach2"))
                .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "DONE"))
                .andExpect(status().isForbidden());
        mvc.perform(get(t.dossier() + "/deliverables").session(signIn("coach2"))).andExpect(status().isForbidden());

        assertThat(website(t)).isEqualTo(DeliverableStatus.NOT_STARTED);
    }

    @Test
    void afterTheExplorationTheChecklistIsClosedWithAMessage() throws Exception {
        TestTrajectory t = new TestTrajectories(context).candidate("Pier", "Voorbij").coachedBy("coach")
                .inProspecting();
        MockHttpSession coach = signIn("coach");

        String closed = mvc.perform(get(t.dossier() + "/deliverables").session(coach)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(closed).contains(HtmlUtils.htmlEscape("alleen tijdens de verkenning"));
        mvc.perform(post(t.dossier() + "/deliverables").with(csrf()).session(coach)
                        .param("deliverables[0].kind", "WEBSITE").param("deliverables[0].status", "NOT_NEEDED"))
                // The form comes back with the message and what was typed; nothing is written.
                .andExpect(status().isOk());
        assertThat(website(t)).isEqualTo(DeliverableStatus.DONE);
        assertThat(page(t.dossier(), coach)).doesNotContain(t.dossier() + "/deliverables\"");
    }

    @Test
    void aProspectingActivityGetsItsResultLaterAndTheReviewShowsIt() throws Exception {
        TestTrajectories fixture = new TestTrajectories(context);
        TestTrajectory t = fixture.candidate("Res", "Ultaat").coachedBy("coach").inProspecting();
        MockHttpSession coach = signIn("coach");
        ProspectingActivity market = activities.of(t.trajectoryId(), COACH).stream()
                .filter(a -> a.getKind() == ProspectingKind.FAIR_OR_MARKET).findFirst().orElseThrow();
        String edit = t.dossier() + "/prospecting/" + market.getId();
        assertThat(page(t.dossier(), coach)).contains(edit);

        mvc.perform(post(edit).with(csrf()).session(coach)
                        .param("happenedOn", market.getHappenedOn().toString()).param("kind", "FAIR_OR_MARKET")
                        .param("description", market.getDescription()).param("result", "Vier bestellingen"))
                .andExpect(redirectedUrl(t.dossier()));
        mvc.perform(post(edit).with(csrf()).session(signIn("coach2"))
                        .param("happenedOn", market.getHappenedOn().toString()).param("kind", "FAIR_OR_MARKET")
                        .param("description", "Niet van mij").param("result", "Niets"))
                .andExpect(status().isForbidden());

        assertThat(page(t.dossier(), coach)).contains("Vier bestellingen", "Prospectieactiviteit bijgewerkt");
        String task = fixture.claim(t, UserTask.PROSPECTING_REVIEW, COACH);
        assertThat(page("/tasks/" + task + "/prospecting-review", coach)).contains("Vier bestellingen", edit);
    }

    @Test
    void aNoteLongerThanItsColumnComesBackWithAMessageAndEverythingTyped() throws Exception {
        TestTrajectories fixture = new TestTrajectories(context);
        TestTrajectory t = fixture.candidate("Lang", "Verhaal").coachedBy("coach").inExploration();
        MockHttpSession coach = signIn("coach");
        String note = "Veel te vertellen. ".repeat(30);
        String task = fixture.claim(t, UserTask.EXPLORATION_REVIEW, COACH);

        String review = mvc.perform(post("/tasks/" + task + "/exploration-review").with(csrf()).session(coach)
                        .param("deliverables[0].kind", "FOLDER").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", note)
                        .param("decision", "CONTINUE").param("motivation", "Klaar voor de markt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Gebruik hoogstens 500 tekens.", note.strip(), "Klaar voor de markt",
                "maxlength=\"500\"");

        String checklist = mvc.perform(post(t.dossier() + "/deliverables").with(csrf()).session(coach)
                        .param("deliverables[0].kind", "FOLDER").param("deliverables[0].status", "DONE")
                        .param("deliverables[0].note", note))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checklist).contains("Gebruik hoogstens 500 tekens.", note.strip());
    }
}
