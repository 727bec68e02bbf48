package be.actraject.web.admin;

import be.actraject.domain.access.Actor;
import be.actraject.bpmn.trajectory.CoachChange;
import be.actraject.bpmn.trajectory.EntryDateChange;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.WebClient;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal's reason is kept as a code with its arguments and read on the audit page in the reader's language — Dutch
 * and English — never as the English of the exception that refused it.
 */
@FullStackTest
class AuditReasonsTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;

    @Test
    void aRefusalOutsideTheCaseloadReadsInDutchAndInEnglish() {
        TestTrajectories trajectories = new TestTrajectories(context);
        TestTrajectory colleagues = trajectories.candidate("Cor", "Vancollega").coachedBy("coach2").registered();
        long trajectory = colleagues.trajectoryId();
        String held = trajectories.claim(colleagues, UserTask.INDIVIDUAL_CONVERSATION, Actor.of("coach2", Role.COACH));
        Task task = tasks.createTaskQuery().taskId(held).singleResult();
        WebClient coach = new WebClient(port).signIn("coach");
        assertThat(coach.post("/tasks/" + task.getId() + "/claim", Map.of("_csrf", coach.csrf("/tasks")))
                .statusCode()).isEqualTo(403);

        String dutch = latestReason(new WebClient(port).signIn("admin"), "nl");
        String english = latestReason(new WebClient(port).signIn("admin"), "en");

        assertThat(dutch).isIn("Traject " + trajectory + " hoort niet bij de kandidaten die deze persoon mag zien.",
                "Taak " + task.getId() + " is niet voor deze persoon.");
        assertThat(english).isIn("Trajectory " + trajectory + " is not among the candidates this person may see.",
                "Task " + task.getId() + " is not for this person.");
    }

    @Test
    void aRefusalByTheAddressRulesNamesTheRolesInBothLanguages() {
        WebClient coach = new WebClient(port).signIn("coach");
        assertThat(coach.post("/admin/accounts/coach/roles", Map.of("_csrf", coach.csrf("/tasks"),
                "roles", "ADMINISTRATOR")).statusCode()).isEqualTo(403);

        assertThat(latestReason(new WebClient(port).signIn("admin"), "nl"))
                .isEqualTo("Dit adres is voor andere rollen dan coach.");
        assertThat(latestReason(new WebClient(port).signIn("admin"), "en"))
                .isEqualTo("This address is for other roles than coach.");
    }

    @Test
    void aChangeOfCoachNamesBothCoachesAndTheCoordinatorAndADateOfEntryReadsAsADate() {
        TestTrajectories trajectories = new TestTrajectories(context);
        TestTrajectory moved = trajectories.candidate("Wim", "Andercoach").coachedBy("coach").enteredWeeksAgo(1)
                .atEntreSpiegel();
        Actor coordinator = Actor.of("coordinator", Role.COORDINATOR);
        context.getBean(CoachChange.class).change(moved.trajectoryId(), "coach2", "Verhuist naar Gent", coordinator);
        LocalDate corrected = LocalDate.now(context.getBean(Clock.class)).minusWeeks(5);
        context.getBean(EntryDateChange.class).correct(moved.trajectoryId(), corrected, "Instap stond verkeerd",
                coordinator);

        Element[] rows = latestRows(new WebClient(port).signIn("admin"), 2);

        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(corrected);
        assertThat(rows[0].text()).contains("Datum van instap verbeterd", "Mieke De Wilde", "→ " + day,
                "Instap stond verkeerd").doesNotContain("DATE_OF_ENTRY_CORRECTED", corrected.toString());
        assertThat(rows[1].select("[data-testid=audit-reason]").text())
                .isEqualTo("Coach: Sofie Verstraete → Karel Van Acker.");
        assertThat(rows[1].text()).contains("Coach gewijzigd", "Mieke De Wilde", "Verhuist naar Gent",
                        "Traject " + moved.trajectoryId())
                .doesNotContain("COACH_CHANGED", "coordinator", "coach2", "trajectory");
    }

    /** The audit page's latest {@code count} entries, in Dutch. */
    private static Element[] latestRows(WebClient admin, int count) {
        String page = admin.get("/admin/audit?lang=nl").body();
        var rows = Jsoup.parse(page).select("[data-testid=audit] tbody tr");
        assertThat(rows.size()).isGreaterThanOrEqualTo(count);
        return rows.subList(0, count).toArray(Element[]::new);
    }

    /** The reason of the audit page's first (latest) entry, read in {@code language}. */
    private static String latestReason(WebClient admin, String language) {
        String page = admin.get("/admin/audit?lang=" + language).body();
        Element first = Jsoup.parse(page).select("[data-testid=audit] tbody tr").first();
        assertThat(first).isNotNull();
        assertThat(first.text()).containsAnyOf("Wijziging geweigerd", "Change refused")
                .doesNotContain("WRITE_REFUSED", "may not", "User coach");
        return first.select("[data-testid=audit-reason]").text();
    }
}
