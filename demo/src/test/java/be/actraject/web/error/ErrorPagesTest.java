package be.actraject.web.error;

import be.actraject.web.support.DemoAccounts;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.LogEvents;
import be.actraject.web.support.WebClient;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, since the container's error dispatch is part of what is tested: every status a request can fail
 * with is our page — in Dutch and in English, with a reference that stands in exactly one log line — for the
 * addresses the issue named and for each kind of failure. A 500 logs its stack trace once; nothing else does.
 */
@FullStackTest
// A context of its own (the failing controller), not worth keeping for the tests after it.
@DirtiesContext
class ErrorPagesTest {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([2-9A-Z]{8})\"");
    private static final int TOO_LARGE = 26 * 1024 * 1024;

    @LocalServerPort
    int port;

    /** A request that fails in a known way: who asks, what, and the titles the page must show. */
    record Failure(String name, String user, Function<WebClient, HttpResponse<String>> request, int status,
                   String dutch, String english) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                new Failure("400 malformed language", null, c -> c.get("/login?lang=%27"), 400,
                        "Dit verzoek klopt niet", "This request is not right"),
                new Failure("400 malformed id", "coach", c -> c.get("/candidates/abc"), 400,
                        "Dit verzoek klopt niet", "This request is not right"),
                new Failure("400 an upload sent as a plain form", "coordinator",
                        c -> c.post("/models/upload", Map.of("_csrf", c.csrf("/models"))), 400,
                        "Dit verzoek klopt niet", "This request is not right"),
                new Failure("400 a list index no form has", "coordinator",
                        c -> c.post("/settings/approval-rule", Map.of("_csrf", c.csrf("/settings/parameters"),
                                "rows[999999].amount", "1")), 400,
                        "Dit verzoek klopt niet", "This request is not right"),
                new Failure("403 another role's page", "coach", c -> c.get("/admin/accounts"), 403,
                        "Geen toegang", "No access"),
                new Failure("403 form without token before login", null,
                        c -> c.post("/login", Map.of("username", "coach", "password", DemoAccounts.PASSWORD)), 403,
                        "Eerst aanmelden", "Sign in first"),
                new Failure("404 unknown group", "coach", c -> c.get("/groups/999999"), 404,
                        "Niet gevonden", "Not found"),
                new Failure("404 the error address itself", null, c -> c.get("/error"), 404,
                        "Niet gevonden", "Not found"),
                new Failure("405 wrong method", "coach",
                        c -> c.send("PUT", "/candidates/new", "X-CSRF-TOKEN", c.csrf("/candidates/new")), 405,
                        "Dit kan hier niet", "Not possible here"),
                new Failure("413 upload from no form", "coach",
                        c -> c.upload("/candidates", Map.of(), TOO_LARGE, true), 413,
                        "Te groot", "Too large"),
                new Failure("500 a fault of ours", "coach", c -> c.get("/test-failures/bug"), 500,
                        "Er liep iets mis", "Something went wrong"),
                new Failure("503 database gone", "coach", c -> c.get("/test-failures/database"), 503,
                        "Even niet beschikbaar", "Temporarily unavailable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailureIsOurPageInDutchWithItsReferenceInOneLogLine(Failure failure) {
        WebClient client = client(failure.user());
        assertPage(failure, client, failure.dutch());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailureIsOurPageInEnglishToo(Failure failure) {
        WebClient client = client(failure.user());
        client.get(failure.user() == null ? "/login?lang=en" : "/candidates?lang=en");
        assertPage(failure, client, failure.english());
    }

    private WebClient client(String user) {
        WebClient client = new WebClient(port);
        return user == null ? client : client.signIn(user);
    }

    private void assertPage(Failure failure, WebClient client, String title) {
        try (LogEvents log = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            HttpResponse<String> response = failure.request().apply(client);

            assertThat(response.statusCode()).isEqualTo(failure.status());
            String page = response.body();
            assertThat(page).contains("data-testid=\"error-page\"", "data-status=\"" + failure.status() + "\"",
                    "<h1 class=\"h3\">" + title + "</h1>");
            assertThat(page).doesNotContain("Exception", "Apache Tomcat", "at be.actraject");
            Matcher reference = REFERENCE.matcher(page);
            assertThat(reference.find()).as("a reference on the page").isTrue();
            assertThat(page).contains(">" + (title.equals(failure.dutch()) ? "Referentie " : "Reference ")
                    + reference.group(1));
            List<String> lines = log.lines("ref=" + reference.group(1));
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("HTTP " + failure.status() + " ref=" + reference.group(1) + " user="
                    + (failure.user() == null ? "anonymous" : failure.user()) + " ");
            if (failure.user() == null) {
                assertThat(page).contains("href=\"/login\"").doesNotContain("data-testid=\"signed-in-as\"");
            } else {
                assertThat(page).contains("data-testid=\"signed-in-as\"");
            }
        }
    }

    @Test
    void theLogLineNamesTheMethodThePathAndTheException() {
        WebClient coach = client("coach");
        try (LogEvents log = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            String reference = reference(coach.get("/groups/999999"));
            assertThat(log.lines("ref=" + reference)).singleElement().asString()
                    .isEqualTo("HTTP 404 ref=" + reference + " user=coach GET /groups/999999: "
                            + "be.actraject.domain.group.GroupNotFoundException: No learning group or session 999999");
        }
    }

    @Test
    void aFaultOfOursLogsItsStackTraceOnceAndNothingElseDoes() {
        WebClient coach = client("coach");
        try (LogEvents all = LogEvents.capture(Logger.ROOT_LOGGER_NAME, null);
             LogEvents pages = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            coach.get("/test-failures/bug");
            coach.get("/test-failures/database");
            coach.get("/candidates/abc");
            coach.get("/groups/999999");

            // The requests' threads only: the engine's job executor may log a demo trajectory's failing job meanwhile.
            List<ILoggingEvent> traced = all.events().stream().filter(e -> e.getThrowableProxy() != null)
                    .filter(e -> e.getThreadName().startsWith("http-")).toList();
            assertThat(traced).singleElement().satisfies(e -> {
                assertThat(e.getLoggerName()).isEqualTo(ErrorPage.class.getName());
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("broken on purpose");
            });
            assertThat(pages.lines("HTTP ")).hasSize(4);
        }
    }

    @Test
    void aSignedInUsersExpiredFormSaysSoRatherThanNotYours() {
        WebClient coach = new WebClient(port).signIn("coach");
        HttpResponse<String> stale = coach.post("/candidates/new", Map.of("_csrf", "not-this-sessions-token"));

        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("Dit formulier is verlopen", "<title>Formulier verlopen · AC Traject</title>")
                .doesNotContain("niet voor jou", "Geen toegang");
        HttpResponse<String> without = coach.post("/candidates/new", Map.of("lastName", "Peeters"));
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("Dit formulier is verlopen").doesNotContain("niet voor jou");
        assertThat(coach.post("/candidates/new", Map.of(), "Accept", "application/json").body())
                .contains("Dit formulier is verlopen");
        coach.get("/candidates?lang=en");
        assertThat(coach.post("/candidates/new", Map.of("_csrf", "stale")).body())
                .contains("This form has expired");
    }

    @Test
    void aMalformedLanguageIsAnsweredAndTheNextPageWorks() {
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/login?lang=%27").statusCode()).isEqualTo(400);
        assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/login?lang=xx").body()).contains("lang=\"nl-BE\"");
    }

    @Test
    void aScriptAskingForJsonGetsTheTextAndTheReference() {
        HttpResponse<String> answer = client("coordinator").get("/test-failures/database", "Accept",
                "application/json");
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":503", "\"reference\":\"", "De databank antwoordt");
    }

    @Test
    void anUploadTooLargeForTheServerGoesBackToTheDossierWithTheDocumentsLimit() {
        WebClient coach = client("coach");
        Matcher dossier = Pattern.compile("href=\"(/candidates/\\d+)\"").matcher(coach.get("/candidates").body());
        assertThat(dossier.find()).isTrue();
        String token = coach.csrf(dossier.group(1));

        HttpResponse<String> sent = coach.upload(dossier.group(1) + "/documents",
                Map.of("_csrf", token, "kind", "OTHER"), TOO_LARGE, true);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(dossier.group(1) + "#documents"));
        assertThat(coach.get(dossier.group(1)).body()).contains("Het bestand is te groot: hoogstens 10 MB.");
    }

    @Test
    void anUploadTooLargeForTheServerGoesBackToTheModelsWithTheModelsLimit() {
        WebClient coordinator = client("coordinator");
        String token = coordinator.csrf("/models");

        HttpResponse<String> sent = coordinator.upload("/models/upload", Map.of("_csrf", token), TOO_LARGE, true);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/models"));
        assertThat(coordinator.get("/models").body()).contains("Het bestand is groter dan 2.048 kB.");
    }

    @Test
    void aStatementTooLargeForTheServerGoesBackToTheBankStatementsWithTheirLimit() {
        WebClient office = client("office");
        String token = office.csrf("/bank-statements");

        HttpResponse<String> sent = office.upload("/bank-statements", Map.of("_csrf", token), TOO_LARGE, true);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/bank-statements"));
        assertThat(office.get("/bank-statements").body())
                .contains("Het bestand is te groot: een rekeninguittreksel is hoogstens 5 MB.");
    }

    /** Without a declared length the body reaches Spring's multipart limit; the form's token in its header. */
    @Test
    void anUploadWithoutItsLengthStopsAtSpringsLimitAndGoesBackToTheModelsToo() {
        WebClient coordinator = client("coordinator");
        String token = coordinator.csrf("/models");

        HttpResponse<String> sent = coordinator.upload("/models/upload", Map.of(), TOO_LARGE, false,
                "X-CSRF-TOKEN", token);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/models").body()).contains("Het bestand is groter dan 2.048 kB.");
    }

    private static String reference(HttpResponse<String> response) {
        Matcher reference = REFERENCE.matcher(response.body());
        assertThat(reference.find()).as("a reference on the page").isTrue();
        return reference.group(1);
    }

    /** Two failures no real page can be made to show on demand: a bug, and a database that is not there. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Failing {

        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @Controller
    static class FailingController {

        @GetMapping("/test-failures/bug")
        String bug() {
            throw new IllegalStateException("broken on purpose");
        }

        /** As the engine throws it: its own exception around the pool's. */
        @GetMapping("/test-failures/database")
        String database() {
            throw new RuntimeException("ENGINE-03083 Exception while executing Batch Database Operations",
                    new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                            new SQLTransientConnectionException(
                                    "HikariPool-1 - Connection is not available, request timed out after 3000ms")));
        }
    }
}
