package be.actraject.web.security;

import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer — pages of every role, an error page, the login page, a stylesheet, the health check — carries the
 * Content-Security-Policy, the Referrer-Policy and the framing and sniffing refusals; the models' XML keeps its own
 * sandbox policy instead.
 */
@FullStackTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesThePolicies() {
        WebClient anonymous = new WebClient(port);
        WebClient coordinator = new WebClient(port).signIn("coordinator");
        WebClient admin = new WebClient(port).signIn("admin");
        String model = first(coordinator.get("/models").body(), "href=\"(/models/[^\"/?]+)\"");
        String dossier = first(coordinator.get("/candidates").body(), "href=\"(/candidates/\\d+)\"");

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String path : List.of("/login", "/error", "/css/actraject.css", "/actuator/health")) {
            answers.add(anonymous.get(path));
        }
        for (String path : List.of("/tasks", "/candidates", dossier, "/groups", "/groups/999999", "/invoices",
                "/models", model, model + "/edit", "/settings/parameters", "/settings/reference-profile",
                "/process-room/modeler.js")) {
            answers.add(coordinator.get(path));
        }
        for (String path : List.of("/admin/stuck", "/admin/accounts", "/admin/audit")) {
            answers.add(admin.get(path));
        }

        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri().getPath() + " (" + answer.statusCode() + ")";
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self';", "style-src 'self' ",
                            "object-src 'none'", "frame-ancestors 'none'")
                            .doesNotContain("'unsafe-inline'", "'unsafe-eval'")
                            // Inline styles by their hashes only: the few bpmn-js writes, from the frontend build.
                            .containsPattern("style-src 'self' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]{44}')+;"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        }
        assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 404);
    }

    @Test
    void theModelsXmlKeepsItsSandbox() {
        WebClient coordinator = new WebClient(port).signIn("coordinator");
        String model = first(coordinator.get("/models").body(), "href=\"(/models/[^\"/?]+)\"");

        HttpResponse<String> xml = coordinator.get(model + "/xml?inline");

        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
    }

    private static String first(String page, String pattern) {
        Matcher match = Pattern.compile(pattern).matcher(page);
        assertThat(match.find()).as(pattern).isTrue();
        return match.group(1);
    }
}
