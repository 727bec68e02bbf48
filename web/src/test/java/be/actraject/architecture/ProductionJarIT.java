package be.actraject.architecture;

import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The production jar — web's repackaged {@code -exec} jar, built without the demo module (issue 15) — holds no demo
 * class, in its own classes or in the modules' jars inside it, and starts on PostgreSQL with the production profile:
 * health UP, and no account nor candidate made by itself. Run by failsafe after the jar is packaged
 * ({@code mvn -pl web -am verify}); the jar's path comes from the pom.
 */
@RequiresPostgres
class ProductionJarIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String PG_USER = env("ACTRAJECT_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = env("ACTRAJECT_TEST_PG_PASSWORD", "");

    private final Path jar = Path.of(System.getProperty("actraject.production-jar", "target/missing-exec.jar"));

    @Test
    void theProductionJarHoldsNoDemoClass() throws IOException {
        List<String> entries = entriesWithNested();

        assertThat(entries).as("the application and the modules it is made of")
                .contains("BOOT-INF/classes/be/actraject/AcTrajectApplication.class",
                        "BOOT-INF/lib/bpmn-0.1.0-SNAPSHOT.jar!be/actraject/bpmn/watch/Repairs.class",
                        "BOOT-INF/lib/domain-0.1.0-SNAPSHOT.jar!be/actraject/domain/trajectory/TimelineEntry.class");
        assertThat(entries).as("no demo module, no demo package, no fault-injection helper")
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/demo-"))
                .noneMatch(e -> e.contains("/demo/"))
                .noneMatch(e -> e.endsWith("/StuckExamples.class") || e.endsWith("/DemoApplication.class"));
    }

    @Test
    void theProductionJarStartsOnPostgresWithoutDemoData(@TempDir Path work) throws Exception {
        String url = PostgresTestDatabase.create();
        int port = freePort();
        Path log = work.resolve("application.log");
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PG_USER,
                "--spring.datasource.password=" + PG_PASSWORD,
                "--actraject.data-dir=" + work,
                // The production profile has no cooperative of its own: as in production, the environment sets it.
                "--actraject.cooperative.name=Activiteitencooperatie Productie cvso",
                "--actraject.cooperative.street=Kerkstraat 1",
                "--actraject.cooperative.postal-code=2000",
                "--actraject.cooperative.city=Antwerpen",
                "--actraject.cooperative.enterprise-number=BE0403.170.701",
                "--actraject.cooperative.iban=BE68539007547034")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitHealthUp(application, port, log);
            try (Connection c = DriverManager.getConnection(url, PG_USER, PG_PASSWORD)) {
                assertThat(count(c, "act_id_user")).as("accounts made at start-up (the demo's)").isZero();
                assertThat(count(c, "candidate")).as("candidates made at start-up (the demo's)").isZero();
            }
        } finally {
            application.destroy();
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    private void awaitHealthUp(Process application, int port, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                fail("The production jar stopped (exit " + application.exitValue() + "):\n" + tail(log));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    assertThat(answer.body()).contains("\"UP\"");
                    return;
                }
            } catch (IOException notYetListening) {
                // Still starting: try again.
            }
            Thread.sleep(1000);
        }
        fail("The production jar did not answer UP within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private List<String> entriesWithNested() throws IOException {
        assertThat(jar).as("web's production jar; build it with mvn -pl web -am package").exists();
        List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                entries.add(entry.getName());
                // The project's own modules inside the jar: their entries too, so that a demo package in any is seen.
                if (entry.getName().startsWith("BOOT-INF/lib/") && isOwnModule(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry); JarInputStream nested = new JarInputStream(in)) {
                        JarEntry inner;
                        while ((inner = nested.getNextJarEntry()) != null) {
                            entries.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static boolean isOwnModule(String name) {
        String file = name.substring("BOOT-INF/lib/".length());
        return file.startsWith("workflow-model-") || file.startsWith("domain-") || file.startsWith("bpmn-")
                || file.startsWith("demo-");
    }

    private static long count(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
