package be.actraject.web.error;

import be.actraject.web.support.LogEvents;
import be.actraject.web.support.TcpProxy;
import be.actraject.web.support.WebClient;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with its database taken away behind a {@link TcpProxy}: a page and the anonymous health check answer
 * 503 within {@link #PROMPTLY} rather than after the pool's default 30 s, the page is ours, the log has one line for
 * it, and once the database is back the pages work again without a restart.
 */
abstract class DatabaseOutageContract {

    static final Duration PROMPTLY = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    WebClient coach;

    /** The proxy the application's data source connects through. */
    abstract TcpProxy database();

    @BeforeEach
    void signIn() {
        coach = new WebClient(port).signIn("coach");
        assertThat(coach.get("/tasks").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void databaseBack() {
        database().start();
        assertThat(answersWithin(Duration.ofSeconds(15), "/actuator/health", new WebClient(port))).isEqualTo(200);
    }

    @Test
    void aPageIsOur503WithinSecondsWhenTheDatabaseIsDown() {
        database().stop();

        try (LogEvents log = LogEvents.capture(ErrorPage.class.getName(), Level.INFO)) {
            HttpResponse<String> page = promptly(() -> coach.get("/tasks"));

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("data-status=\"503\"", "Even niet beschikbaar",
                    "De databank antwoordt op dit moment niet");
            assertThat(log.lines("HTTP 503")).singleElement().asString().contains("user=coach GET /tasks: ");
        }
    }

    @Test
    void theHealthCheckIsDownWithinSecondsWhenTheDatabaseIsDown() {
        database().stop();

        HttpResponse<String> health = promptly(() -> new WebClient(port).get("/actuator/health",
                "Accept", "application/json"));

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
    }

    /** Within seconds: the pool checks a connection that was idle for half a second before handing it out. */
    @Test
    void thePagesWorkAgainOnceTheDatabaseIsBack() {
        database().stop();
        assertThat(coach.get("/tasks").statusCode()).isEqualTo(503);

        database().start();

        assertThat(answersWithin(Duration.ofSeconds(5), "/tasks", coach)).isEqualTo(200);
    }

    /** The last status of {@code path}, asked every half second until it is 200 or the time is up. */
    static int answersWithin(Duration time, String path, WebClient client) {
        long end = System.nanoTime() + time.toNanos();
        int status;
        do {
            status = client.get(path).statusCode();
            if (status != 200) {
                pause();
            }
        } while (status != 200 && System.nanoTime() < end);
        return status;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The answer, failing the test if it took longer than {@link #PROMPTLY}. */
    static HttpResponse<String> promptly(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The figure the README quotes: mvn -pl web -am test -Dtest='DatabaseOutageOn*Test' … | grep outage:
        System.out.printf("outage: answered %d in %d ms%n", response.statusCode(), took.toMillis());
        assertThat(took).as("time to answer").isLessThan(PROMPTLY);
        return response;
    }
}
