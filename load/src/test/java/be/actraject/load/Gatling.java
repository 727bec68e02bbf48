package be.actraject.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gatling 3.13 run inside this JVM: its command line's entry ({@code Gatling.fromArgs}) without the {@code
 * System.exit} of its {@code main}, so that the harness keeps its nodes and reads the results afterwards.
 */
final class Gatling {

    private Gatling() {
    }

    /** @return the folder of this run's report (with {@code js/stats.js}) */
    static Path run(Class<?> simulation, Path results, String description) throws IOException {
        Files.createDirectories(results);
        Path absolute = results.toAbsolutePath();
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
                "--simulation", simulation.getName(),
                "--results-folder", absolute.toString(),
                "--run-description", description});
        // Gatling answers 2 when the simulation's assertions fail; the harness has none, it checks the results.
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
        try (Stream<Path> runs = Files.list(absolute)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + absolute));
        }
    }
}
