package be.actraject.web.security;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files leave the session alone, through the real server (MockMvc's dispatcher is not the application's): a
 * style sheet, script, image or the icon fetched with the session's cookie neither reads nor writes its row — its last
 * access stays as the sign-in left it — and sets no cookie. A request that wrote the row back could restore the id the
 * sign-in had just changed, as a browser's icon request during the sign-in did now and then ({@link StaticFiles}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:static-files;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false"})
class StaticFilesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void staticFilesNeitherReadNorWriteTheSession() throws Exception {
        accounts.create("statisch", "Stef", "Statisch", null, "secret-1234", Role.COACH);
        String session = signIn("statisch", "secret-1234");
        Long accessed = lastAccess("statisch");
        Thread.sleep(20);

        for (String file : new String[]{"/css/actraject.css", "/js/forms.js", "/js/search.js",
                "/img/cooperative-logo.png", "/favicon.ico", "/webjars/bootstrap/js/bootstrap.bundle.min.js"}) {
            HttpResponse<byte[]> served = get(file, session);
            assertThat(served.statusCode()).as(file).isEqualTo(200);
            assertThat(served.headers().allValues("Set-Cookie")).as(file + " sets no cookie").isEmpty();
            assertThat(served.headers().firstValue("X-Content-Type-Options")).as(file + " keeps the headers")
                    .contains("nosniff");
        }
        assertThat(get("/css/actraject.css", null).statusCode()).as("without a session too").isEqualTo(200);

        assertThat(lastAccess("statisch")).as("the session row was not written").isEqualTo(accessed);
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME is null",
                Integer.class)).as("no session made for a file").isZero();

        // (its error page, like any page, does read the session)
        HttpResponse<byte[]> posted = http.send(HttpRequest.newBuilder(uri("/css/actraject.css"))
                .header("Cookie", "SESSION=" + session).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(posted.statusCode()).as("static files are read-only").isEqualTo(403);
        HttpResponse<byte[]> worklist = get("/tasks", session);
        assertThat(worklist.statusCode()).as("the session still serves").isEqualTo(200);
        // The page's links are written as they are, not passed through the resource chain (ResourceLinks): the
        // WebJars links without their version, which the handler above still served.
        assertThat(new String(worklist.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap/js/bootstrap.bundle.min.js");
        assertThat(lastAccess("statisch")).as("a page does touch it").isGreaterThan(accessed);
    }

    /** The login form as a browser posts it; the session cookie after the sign-in (its id changed). */
    private String signIn(String user, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = cookie(form).orElseThrow();
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "SESSION=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return cookie(signedIn).orElseThrow();
    }

    private HttpResponse<byte[]> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    private Long lastAccess(String user) {
        return jdbc.queryForObject("select LAST_ACCESS_TIME from SPRING_SESSION where PRINCIPAL_NAME = ?", Long.class,
                user);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
