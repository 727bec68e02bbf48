package be.actraject.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a start-up spent its time, read from the process's log: the moment of the first line naming each step
 * (Spring's "Starting", Flyway's migrations, Hibernate's persistence unit, the engine, Tomcat, "Started"), in seconds
 * after the launch. Plain and JSON (ECS, the {@code postgres} profile) lines both carry an ISO timestamp.
 */
final class StartupMilestones {

    /** A step and the first log line that marks it. */
    record Step(String name, Pattern line) {
        static Step of(String name, String regex) {
            return new Step(name, Pattern.compile(regex));
        }
    }

    static final List<Step> STEPS = List.of(
            Step.of("Spring starts", "Starting \\w+ .*using Java"),
            Step.of("context: beans defined", "Root WebApplicationContext: initialization completed"),
            Step.of("pool: first connection", "HikariPool-\\d+ - Start completed"),
            Step.of("Flyway: first migration", "Migrating schema"),
            Step.of("Flyway: done", "Successfully applied \\d+ migration"),
            Step.of("JPA: EntityManagerFactory up", "Initialized JPA EntityManagerFactory"),
            Step.of("engine: tables created", "ENGINE-03016"),
            Step.of("engine: created", "ENGINE-00001"),
            Step.of("security configured", "AuthenticationManager configured"),
            Step.of("Tomcat started", "Tomcat started on port"),
            Step.of("Started (Spring's own figure)", "Started \\w+ in"));

    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)");

    private StartupMilestones() {
    }

    /** Per step found in the log, seconds after {@code launchedAt}; steps the log lacks are left out. */
    static Map<String, Double> read(Path log, Instant launchedAt) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        Map<String, Double> found = new LinkedHashMap<>();
        for (Step step : STEPS) {
            for (String line : lines) {
                Matcher t = TIMESTAMP.matcher(line);
                if (step.line().matcher(line).find() && t.find()) {
                    Instant at = OffsetDateTime.parse(t.group()).toInstant();
                    found.put(step.name(), Duration.between(launchedAt, at).toMillis() / 1000.0);
                    break;
                }
            }
        }
        return found;
    }
}
