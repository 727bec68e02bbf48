package be.actraject.web.security;

import be.actraject.web.support.DemoAccounts;
import be.actraject.web.fullstack.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy that ends TLS and says so in {@code X-Forwarded-Proto} (the test connects from the loopback
 * address, one of the proxies Tomcat trusts by default): the login redirects to https on the proxy's host, the
 * session cookie is Secure, and HSTS is sent. Without the header none of it. Cookies by hand, since a cookie jar
 * would not send a Secure cookie back over the test's plain http.
 */
@FullStackTest
class BehindAProxyTest {

    private static final String HOST = "traject.example.be";
    private static final String[] BEHIND_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", HOST,
            "X-Forwarded-For", "203.0.113.7"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginRedirectsToHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = send(get("/tasks", BEHIND_PROXY));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("https://" + HOST + "/login");

        HttpResponse<String> login = send(get("/login", BEHIND_PROXY));
        String cookie = sessionCookie(login);
        assertThat(cookie).contains("; Secure", "; HttpOnly");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).startsWith("max-age=31536000"));

        HttpResponse<String> signedIn = send(post("/login", cookie(cookie), "username=coach&password=" + DemoAccounts.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8), BEHIND_PROXY));
        assertThat(signedIn.headers().firstValue("Location")).hasValue("https://" + HOST + "/");
        // A new session at login (session fixation), Secure as well.
        assertThat(sessionCookie(signedIn)).contains("; Secure");
    }

    @Test
    void withoutTheProxysHeaderNothingClaimsHttps() throws Exception {
        HttpResponse<String> page = send(get("/tasks"));
        assertThat(page.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");

        HttpResponse<String> login = send(get("/login"));
        assertThat(sessionCookie(login)).doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).toList();
        assertThat(cookies).as("a session cookie").hasSize(1);
        return cookies.get(0);
    }

    private static String cookie(String setCookie) {
        Matcher session = SESSION.matcher(setCookie);
        assertThat(session.find()).isTrue();
        return "SESSION=" + session.group(1);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpRequest get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.GET().build();
    }

    private HttpRequest post(String path, String cookie, String form, String... headers) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).headers(headers)
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
