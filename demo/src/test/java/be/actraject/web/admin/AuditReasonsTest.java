package be.actraject.web.admin;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.WebClient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
    JdbcTemplate jdbc;

    @Test
    void aRefusalOutsideTheCaseloadReadsInDutchAndInEnglish() {
        long toms = jdbc.queryForObject("select max(t.id) from trajectory t join candidate c on c.id = t.candidate_id"
                + " where c.first_name = 'Tom' and c.last_name = 'De Smet'", Long.class);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(toms)).taskAssignee("coach2")
                .list().get(0);
        WebClient coach = new WebClient(port).signIn("coach");
        assertThat(coach.post("/tasks/" + task.getId() + "/claim", Map.of("_csrf", coach.csrf("/tasks")))
                .statusCode()).isEqualTo(403);

        String dutch = latestReason(new WebClient(port).signIn("admin"), "nl");
        String english = latestReason(new WebClient(port).signIn("admin"), "en");

        assertThat(dutch).isIn("Traject " + toms + " hoort niet bij de kandidaten die deze persoon mag zien.",
                "Taak " + task.getId() + " is niet voor deze persoon.");
        assertThat(english).isIn("Trajectory " + toms + " is not among the candidates this person may see.",
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

    /** The reason of the audit page's first (latest) entry, read in {@code language}. */
    private static String latestReason(WebClient admin, String language) {
        String page = admin.get("/admin/audit?lang=" + language).body();
        Element first = Jsoup.parse(page).select("[data-testid=audit] tbody tr").first();
        assertThat(first).isNotNull();
        assertThat(first.text()).contains("WRITE_REFUSED").doesNotContain("may not", "User coach");
        return first.select("[data-testid=audit-reason]").text();
    }
}
