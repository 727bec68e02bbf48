package be.actraject.web.fullstack;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.web.fixtures.TestTrajectories;
import be.actraject.web.fixtures.TestTrajectory;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application as a whole, through its real login, engine and database: the walking skeleton's path from the
 * worklist to the next task. Run on H2 and on PostgreSQL by the subclasses.
 */
@Tag("dates")
abstract class WholeApplicationContract {

    private static final Pattern CLAIMABLE_CONVERSATION = Pattern.compile(
            "data-task-key=\"Task_IndividualConversation\" data-task-id=\"([^\"]+)\"");

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    List<ApplicationRunner> runners;

    MockHttpSession signIn(String user) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(user).password(DemoAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(user))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void theDemoAccountsSignInWithTheirPasswordAndOnlyWithIt() throws Exception {
        for (String user : List.of("coach", "coach2", "coordinator", "admin", "office")) {
            signIn(user);
        }
        // The engine then locks the account for a few seconds: try it on one no other test signs in with.
        mvc.perform(formLogin("/login").user("office").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void everyPageButLoginAndHealthIsBehindTheLogin() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/candidates/1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdministratorSeesTheHealthOfTheEngineAndTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health").session(signIn("admin")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.jobExecutor.status").value("UP"));
    }

    @Test
    void theDemoDataIsMadeOnceOnly() throws Exception {
        long before = candidates.count();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(before).isGreaterThanOrEqualTo(12);
        assertThat(candidates.count()).isEqualTo(before);
    }

    @Test
    void aCoachClaimsAnIntakeConversationCompletesItAndFindsThePopTaskNext() throws Exception {
        new TestTrajectories(context).candidate("Pia", "Poolproef").registered();
        MockHttpSession coach = signIn("coach");
        String worklist = mvc.perform(get("/tasks?scope=CLAIMABLE&candidate=Poolproef").session(coach)).andReturn()
                .getResponse().getContentAsString();
        Matcher claimable = CLAIMABLE_CONVERSATION.matcher(worklist);
        assertThat(claimable.find()).as("the intake conversation of a candidate in the pool").isTrue();
        String taskId = claimable.group(1);

        mvc.perform(post("/tasks/" + taskId + "/claim").param("back", "/tasks?scope=CLAIMABLE").with(csrf())
                        .session(coach))
                .andExpect(redirectedUrl("/tasks?scope=CLAIMABLE"));
        mvc.perform(get("/tasks/" + taskId).session(coach))
                .andExpect(forwardedUrl("/tasks/" + taskId + "/individual-conversation"));
        mvc.perform(get("/tasks/" + taskId + "/individual-conversation").session(coach))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"topics\"")));
        mvc.perform(post("/tasks/" + taskId + "/individual-conversation").with(csrf()).session(coach)
                        .param("heldOn", LocalDate.now(clock).toString()).param("kind", "IN_PERSON")
                        .param("topics", "Kennismaking").param("agreements", "Entre-spiegel afleggen"))
                .andExpect(redirectedUrl("/tasks"));

        String after = mvc.perform(get("/tasks?scope=MINE&candidate=" + candidateOf(worklist, taskId))
                .session(coach)).andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("/tasks/" + taskId + "\"");
        assertThat(after).as("the next task of the intake, now the coach's own").contains("Resultaten Entre-spiegel");
        mvc.perform(get("/tasks/" + taskId).session(coach))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("afgewerkt door Sofie Verstraete")));
    }

    @Test
    void aCoachDoesNotSeeAColleaguesCandidates() throws Exception {
        TestTrajectory colleagues = new TestTrajectories(context).candidate("Kees", "Vancoachtwee")
                .coachedBy("coach2").registered();
        MockHttpSession coach = signIn("coach");
        // Filtered by the name: the list is paged, and other tests of the shared context register candidates too.
        assertThat(mvc.perform(get("/candidates?q=Vancoachtwee").session(signIn("coordinator")))
                .andReturn().getResponse().getContentAsString()).contains("Kees Vancoachtwee");

        mvc.perform(get("/candidates?q=Vancoachtwee").session(coach))
                .andExpect(content().string(not(containsString("Kees Vancoachtwee"))));
        mvc.perform(get(colleagues.dossier()).session(coach)).andExpect(status().isForbidden());
    }

    @Test
    void aNameWithoutAnAccountIsToldTheSameAsAKnownNameWithAWrongPassword() throws Exception {
        String known = "slot" + UUID.randomUUID().toString().substring(0, 8);
        String unknown = "geen" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(known, "Slot", "Proef", null, "lang-genoeg-wachtwoord", Role.COACH);

        String knownFirst = refusal(known, "10.20.1.1");
        String unknownFirst = refusal(unknown, "10.20.1.2");
        String knownAgain = refusal(known, "10.20.1.3");
        String unknownAgain = refusal(unknown, "10.20.1.4");

        assertThat(knownFirst).contains("niet juist", "pas opnieuw aanmelden om");
        assertThat(withoutTimes(unknownFirst)).isEqualTo(withoutTimes(knownFirst));
        assertThat(knownAgain).contains("tijdelijk geblokkeerd");
        assertThat(withoutTimes(unknownAgain)).isEqualTo(withoutTimes(knownAgain));
    }

    @Test
    void anAdministratorSeesALockedAccountAndUnlocksItInTheAuditLog() throws Exception {
        String name = "slot" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Slot", "Proef", null, "lang-genoeg-wachtwoord", Role.COACH);
        refusal(name, "10.20.2.1");
        MockHttpSession admin = signIn("admin");
        assertThat(lockOf(name, admin)).isEqualTo("temporary");

        mvc.perform(post("/admin/accounts/" + name + "/unlock").with(csrf()).session(signIn("coach")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + name + "/unlock").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(lockOf(name, admin)).isEqualTo("none");
        mvc.perform(formLogin("/login").user(name).password("lang-genoeg-wachtwoord"))
                .andExpect(authenticated().withUsername(name));
        String audit = mvc.perform(get("/admin/audit").session(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(audit).select("[data-testid=audit] tbody tr").first().text())
                .contains("Account vrijgegeven", name,
                        "1 verkeerd wachtwoord; vergrendeld tot ");
    }

    /** The login page's words after a wrong password for the name, from the given client address. */
    private String refusal(String user, String address) throws Exception {
        MvcResult refused = mvc.perform(post("/login").param("username", user).param("password", "fout").with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        String page = mvc.perform(get("/login?error").session((MockHttpSession) refused.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).selectFirst("[data-testid=login-error]").text();
    }

    /** The words without the moments and durations, which differ by the time the attempts took. */
    private static String withoutTimes(String words) {
        return words.replaceAll("\\(.*?\\)", "()").replaceAll("\\d", "#");
    }

    private String lockOf(String userId, MockHttpSession admin) throws Exception {
        String page = mvc.perform(get("/admin/accounts").session(admin)).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(page).select("[data-testid=accounts] tbody tr").stream()
                .filter(row -> row.text().contains(userId)).findFirst().orElseThrow()
                .selectFirst("td[data-lock]").attr("data-lock");
    }

    /** The candidate's name in the worklist row of a task. */
    private static String candidateOf(String worklist, String taskId) {
        Matcher name = Pattern.compile("data-task-id=\"" + Pattern.quote(taskId)
                + "\"[\\s\\S]*?href=\"/candidates/\\d+\">([^<]+)</a>").matcher(worklist);
        assertThat(name.find()).as("the candidate of " + taskId).isTrue();
        return name.group(1).split(" ")[0];
    }
}
