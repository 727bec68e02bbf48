package be.actraject.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of one harness run and where its nodes listen. Gatling makes the simulation itself (by its class name),
 * so the harness hands the run over here before it starts Gatling, in the same JVM.
 *
 * @param candidates the extra candidates the demo adds (in intake, half of them in the pool, half coached)
 * @param coaches    concurrent coaches (the demo's two and, above two, accounts the harness adds)
 * @param duration   how long the scripted day runs
 * @param think      the pause between two pages of one person
 * @param baseUrls   one per node; the requests go round-robin over them
 */
record LoadRun(int candidates, int coaches, Duration duration, Duration think, List<String> baseUrls) {

    private static volatile LoadRun current;

    /** The sizes from the system properties (README), or the small run of the build; the first of the sizes. */
    static LoadRun fromSystemProperties() {
        return new LoadRun(sizes().get(0), Integer.getInteger("load.coaches", 3),
                Duration.ofSeconds(Integer.getInteger("load.duration", 20)),
                Duration.ofMillis(Integer.getInteger("load.think", 500)), List.of());
    }

    /**
     * The numbers of extra candidates to run at, growing, in one database: {@code -Dload.candidates=300,30000} runs
     * the day at 300, then adds 29,700 and runs it again, so that both sizes are measured in the same run.
     */
    static List<Integer> sizes() {
        return Arrays.stream(System.getProperty("load.candidates", "60").split(",")).map(String::trim)
                .map(Integer::valueOf).sorted().distinct().toList();
    }

    LoadRun withCandidates(int count) {
        return new LoadRun(count, coaches, duration, think, baseUrls);
    }

    /** The node counts to run, in order: {@code -Dload.nodes=1,2}. */
    static List<Integer> nodeCounts() {
        return Arrays.stream(System.getProperty("load.nodes", "1,2").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
    }

    LoadRun on(List<String> urls) {
        return new LoadRun(candidates, coaches, duration, think, List.copyOf(urls));
    }

    /** The coach accounts of the run: the demo's {@code coach} and {@code coach2}, then {@code loadcoach3}… */
    List<String> coachNames() {
        return java.util.stream.IntStream.rangeClosed(1, coaches)
                .mapToObj(i -> i == 1 ? "coach" : i == 2 ? "coach2" : "loadcoach" + i).toList();
    }

    static void start(LoadRun run) {
        current = run;
    }

    static LoadRun current() {
        if (current == null) {
            throw new IllegalStateException("ScriptedDay runs inside LoadHarnessTest, which says the sizes first");
        }
        return current;
    }
}
