package be.actraject.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application started as a JVM process of its own ({@code java -cp … <main>}), as production starts it, so that its
 * start-up and its memory are its own and not the test JVM's. Its output goes to a log file under {@code
 * target/memstart}; it listens on a free port of its own.
 */
final class JvmProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final String name;
    private final Process process;
    private final Instant launchedAt;
    private final long launchedNanos;
    private final Path log;
    private final int port;

    private JvmProcess(String name, Process process, Instant launchedAt, long launchedNanos, Path log, int port) {
        this.name = name;
        this.process = process;
        this.launchedAt = launchedAt;
        this.launchedNanos = launchedNanos;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code mainClass} with the JVM flags and, after them, {@code --server.port=<free port>} and the
     * application's arguments (Spring's {@code --name=value}).
     */
    static JvmProcess start(String name, String classPath, String mainClass, List<String> jvmFlags,
                            List<String> args) throws IOException {
        int port = freePort();
        Path dir = Files.createDirectories(Path.of("target", "memstart"));
        Path log = dir.resolve(name + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classPath, mainClass, "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The child's class path is on its command line; the parent's environment would add Maven's own.
        builder.environment().remove("CLASSPATH");
        Instant at = Instant.now();
        long nanos = System.nanoTime();
        return new JvmProcess(name, builder.start(), at, nanos, log, port);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    Instant launchedAt() {
        return launchedAt;
    }

    Path log() {
        return log;
    }

    /**
     * Waits for the first 200 answer of {@code path}, asked every 100 ms.
     *
     * @return milliseconds from the launch of the process to that answer
     * @throws IllegalStateException when the process ends or {@code timeout} passes first (with the log's tail)
     */
    long millisToFirstOk(String path, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1_000_000;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " gave no 200 on " + path + " within " + timeout + ":\n" + tail());
    }

    /** The resident set (VmRSS of {@code /proc/<pid>/status}) in MB. */
    long residentMb() throws IOException {
        Matcher m = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid()), "status")));
        if (!m.find()) {
            throw new IllegalStateException("no VmRSS for " + name);
        }
        return Long.parseLong(m.group(1)) / 1024;
    }

    /**
     * The Java heap in use just after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}: the sum of
     * the heap's or its generations' "used"), in MB; not metaspace.
     */
    long heapAfterGcMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        long usedKb = 0;
        for (String line : jcmd("GC.heap_info").lines().toList()) {
            String l = line.toLowerCase(java.util.Locale.ROOT);
            if (l.contains("metaspace") || l.contains("class space")
                    || !(l.contains("heap") || l.contains("generation") || l.contains("psyounggen")
                    || l.contains("paroldgen"))) {
                continue;
            }
            Matcher m = HEAP_USED.matcher(line);
            if (m.find()) {
                usedKb += Long.parseLong(m.group(1));
            }
        }
        if (usedKb == 0) {
            throw new IllegalStateException("no heap in jcmd's GC.heap_info for " + name);
        }
        return usedKb / 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " for " + name + ": " + out);
        }
        return out;
    }

    /** The last lines of the log, for a failure's message. */
    String tail() throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines()
                .toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Asks the application to stop (SIGTERM, Spring's graceful shutdown), then kills it after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
