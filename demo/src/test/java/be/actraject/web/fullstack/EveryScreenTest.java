package be.actraject.web.fullstack;

import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.UserTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every screen of the application opens for the people it is meant for, on the demo data, which holds a task of
 * every kind the demo can reach: each task's screen shows, and an empty submission comes back with messages
 * instead of an error page. Every dossier and every learning group opens too.
 */
@FullStackTest
// A database of its own: this test claims every task it meets, which the other full-stack tests must not find.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:every-screen;DB_CLOSE_DELAY=-1")
class EveryScreenTest {

    private static final Set<String> TEXT_TYPES =
            Set.of("text", "textarea", "search", "email", "tel", "password", "url");
    private static final Pattern ROW = Pattern.compile("data-task-key=\"([A-Za-z_]+)\" data-task-id=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD)).andReturn()
                .getRequest().getSession(false);
    }

    @Test
    void everyTaskInTheDemoOpensItsScreenAndAnEmptyFormComesBackWithMessages() throws Exception {
        Set<String> seen = new TreeSet<>();
        List<String> unlimited = new ArrayList<>();
        for (String user : List.of("coach", "coach2", "coordinator", "office")) {
            MockHttpSession session = signIn(user);
            Map<String, String> tasks = new LinkedHashMap<>();
            for (String scope : List.of("MINE", "CLAIMABLE")) {
                Matcher row = ROW.matcher(page(session, "/tasks?scope=" + scope));
                while (row.find()) {
                    tasks.putIfAbsent(row.group(1), row.group(2));
                }
            }
            for (var task : tasks.entrySet()) {
                String id = task.getValue();
                mvc.perform(post("/tasks/" + id + "/claim").with(csrf()).session(session));
                MvcResult open = mvc.perform(get("/tasks/" + id).session(session)).andReturn();
                String screen = open.getResponse().getForwardedUrl();
                assertThat(screen).as(task.getKey() + " for " + user).startsWith("/tasks/" + id + "/");

                MvcResult shown = mvc.perform(get(screen).session(session)).andReturn();
                assertThat(shown.getResponse().getStatus()).as(task.getKey() + " shown").isEqualTo(200);
                assertThat(shown.getResponse().getContentAsString()).contains("name=\"_csrf\"");
                unlimited.addAll(textFieldsWithoutMaxlength(screen, shown.getResponse().getContentAsString()));

                MvcResult submitted = mvc.perform(post(screen).with(csrf()).session(session)).andReturn();
                int status = submitted.getResponse().getStatus();
                assertThat(status).as(task.getKey() + " submitted empty").isIn(200, 302);
                if (status == 200) {
                    assertThat(submitted.getResponse().getContentAsString()).as(task.getKey())
                            .containsAnyOf("invalid-feedback", "alert-danger");
                }
                seen.add(task.getKey());
            }
        }
        Set<String> expected = new TreeSet<>();
        EnumSet.complementOf(EnumSet.of(UserTask.INVOICING_LIMIT_WARNING, UserTask.INVOICING_LIMIT_ESCALATION,
                        UserTask.POP_CREATION, UserTask.INTAKE_DECISION))
                .forEach(t -> expected.add(t.key()));
        assertThat(seen).containsAll(expected);
        assertThat(unlimited).as("text fields without maxlength").isEmpty();
    }

    @Test
    void everyDossierAndEveryLearningGroupOpensForTheCoordinator() throws Exception {
        MockHttpSession session = signIn("coordinator");
        Set<String> links = new TreeSet<>();
        Matcher candidate = Pattern.compile("href=\"(/candidates/\\d+)\"").matcher(page(session, "/candidates"));
        while (candidate.find()) {
            links.add(candidate.group(1));
        }
        Matcher group = Pattern.compile("href=\"(/groups/\\d+)\"").matcher(page(session, "/groups"));
        while (group.find()) {
            links.add(group.group(1));
        }
        assertThat(links).hasSizeGreaterThan(15);
        List<String> unlimited = new ArrayList<>();
        for (String link : links) {
            MvcResult shown = mvc.perform(get(link).session(session)).andReturn();
            assertThat(shown.getResponse().getStatus()).as(link).isEqualTo(200);
            unlimited.addAll(textFieldsWithoutMaxlength(link, shown.getResponse().getContentAsString()));
        }
        assertThat(unlimited).as("text fields without maxlength").isEmpty();
    }

    /**
     * The text inputs and text areas of a rendered page that the browser lets type on past the server's limit (issue
     * 16: the group page read {@code ${session}} as the HTTP session, and its topic lost the maxlength its form has).
     */
    private static List<String> textFieldsWithoutMaxlength(String page, String html) {
        List<String> unlimited = new ArrayList<>();
        for (Element field : Jsoup.parse(html).select("input, textarea")) {
            String type = field.tagName().equals("textarea") ? "textarea" : field.attr("type").isEmpty() ? "text"
                    : field.attr("type");
            if (TEXT_TYPES.contains(type) && !field.hasAttr("readonly") && !field.hasAttr("maxlength")) {
                unlimited.add(page + ": " + field.attr("name"));
            }
        }
        return unlimited;
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
