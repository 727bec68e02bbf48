package be.actraject.web.system;

import be.actraject.bpmn.models.ModelValidator;
import be.actraject.web.fullstack.FullStackTest;
import be.actraject.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modeler sends a model's XML as a URL-encoded form: a model too large comes back as the modeler's JSON with the
 * models' limit in the coordinator's language, whether it is above the models' limit only (the validator says so) or
 * above the server's limit for forms too (answered before anything reads it); another too-large form gets the 413
 * page, not a 403 for a CSRF token Tomcat never read.
 */
@FullStackTest
class OversizedFormTest {

    /** Above {@code server.tomcat.max-http-form-post-size} (8 MB) once URL-encoded. */
    private static final int ABOVE_THE_SERVER = 9 * 1024 * 1024;
    /** Above the models' 2 MB, below the server's limit for forms. */
    private static final int ABOVE_THE_MODELS = ModelValidator.MAX_BYTES + 1024;

    @LocalServerPort
    int port;

    private HttpResponse<String> validate(WebClient coordinator, int size) {
        String token = coordinator.csrf("/models");
        return coordinator.post("/models/validate", Map.of("xml", "<x>" + "a".repeat(size) + "</x>"),
                "X-CSRF-TOKEN", token, "Accept", "application/json");
    }

    @Test
    void aModelAboveTheServersLimitComesBackToTheModelerWithTheModelsLimitInDutch() {
        WebClient coordinator = new WebClient(port).signIn("coordinator");

        HttpResponse<String> answer = validate(coordinator, ABOVE_THE_SERVER);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"status\":413", "\"reference\":\"",
                "\"message\":\"Het bestand is groter dan 2.048 kB.\"");
    }

    @Test
    void aModelAboveTheServersLimitComesBackInEnglishToo() {
        WebClient coordinator = new WebClient(port).signIn("coordinator");
        coordinator.get("/models?lang=en");

        HttpResponse<String> answer = validate(coordinator, ABOVE_THE_SERVER);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("\"message\":\"The file is larger than 2,048 kB.\"");
    }

    @Test
    void aModelAboveTheModelsLimitOnlyGetsTheValidatorsMessage() {
        WebClient coordinator = new WebClient(port).signIn("coordinator");

        HttpResponse<String> answer = validate(coordinator, ABOVE_THE_MODELS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"valid\":false", "\"code\":\"TOO_LARGE\"",
                "Het bestand is groter dan 2048 kB.");
    }

    @Test
    void anotherFormAboveTheServersLimitIsThe413PageNotA403() {
        WebClient coach = new WebClient(port).signIn("coach");
        String token = coach.csrf("/candidates/new");

        HttpResponse<String> answer = coach.post("/candidates", Map.of("_csrf", token,
                "firstName", "a".repeat(ABOVE_THE_SERVER)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("data-status=\"413\"", "Te groot",
                "Wat je verstuurde, is groter dan de toepassing aanvaardt.");
    }
}
