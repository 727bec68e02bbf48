package be.actraject.load;

import be.actraject.load.bare.BareCamundaApplication;
import be.actraject.testsupport.PostgresTestDatabase;
import be.actraject.testsupport.RequiresPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's memory and start-up (README, "Memory and start-up"), each application a JVM process of its own with the
 * heap limit and collector of the run command and the production jar ({@link #JVM_FLAGS}), on a fresh PostgreSQL
 * database each:
 * <ul>
 *   <li>the product's start-up (the production application, no demo, an empty database, as a first production start)
 *   beside a bare Spring Boot + Camunda application deploying the same models ({@link BareCamundaApplication}),
 *   interleaved, {@code load.startup-rounds} times each (1 in the build, 3 for the README's figures): the time from
 *   the launch to the first 200 (the product's {@code /login}, the bare {@code /engine}), the resident memory then and
 *   the heap after a full GC, with where each start-up spent its time;</li>
 *   <li>the memory after {@code load.memory-requests} requests (500 in the build, 10,000 for the README's figures) of
 *   the list pages and a dossier by the demo's people ({@link ListRequests}) on the application with the demo data:
 *   resident memory and heap after a full GC at the start, halfway and at the end. It fails when the resident memory
 *   passes {@link #RESIDENT_BOUND_MB} or the heap after GC grows by more than {@link #LEAK_MARGIN_MB} from halfway to
 *   the end (a leak: what a request leaves behind that is never let go).</li>
 * </ul>
 */
@RequiresPostgres
class MemoryAndStartupTest {

    /** The run command's and the production jar's JVM flags (demo/pom.xml, README); {@code load.jvm-flags} for others. */
    static final List<String> JVM_FLAGS = Arrays.stream(System.getProperty("load.jvm-flags",
            "-Xmx512m -XX:+UseSerialGC").trim().split("\\s+")).toList();
    /** The resident memory the product may hold after the requests, in MB. */
    static final long RESIDENT_BOUND_MB = 900;
    /** How much the heap after a full GC may grow from halfway to the end of the requests, in MB. */
    static final long LEAK_MARGIN_MB = 24;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    /** One measurement of a started process. */
    record Sample(String what, long millis, long residentMb, long heapAfterGcMb) {
    }

    @Test
    void theProductStartsBesideABareCamundaApplication() throws IOException, InterruptedException {
        int rounds = Integer.getInteger("load.startup-rounds", 1);
        List<Sample> product = new ArrayList<>();
        List<Sample> bare = new ArrayList<>();
        Map<String, Double> productSteps = Map.of();
        Map<String, Double> bareSteps = Map.of();
        for (int round = 0; round < rounds; round++) {
            // Interleaved, so that what else the machine does falls on both alike.
            try (JvmProcess p = JvmProcess.start("product", ChildClassPath.product(false),
                    "be.actraject.AcTrajectApplication", JVM_FLAGS, productArguments(false))) {
                product.add(measureStart(p, "/login"));
                productSteps = StartupMilestones.read(p.log(), p.launchedAt());
            }
            try (JvmProcess b = JvmProcess.start("bare", ChildClassPath.bare(), BareCamundaApplication.class.getName(),
                    JVM_FLAGS, bareArguments())) {
                bare.add(measureStart(b, BareCamundaApplication.READY_PATH));
                bareSteps = StartupMilestones.read(b.log(), b.launchedAt());
            }
        }
        System.out.println(MemoryReport.startup(JVM_FLAGS, product, bare, productSteps, bareSteps));
        assertThat(median(product)).as("the product's start-up, ms").isGreaterThan(0);
        assertThat(bareSteps).as("the bare application's engine").containsKey("engine: created")
                .doesNotContainKeys("Flyway: first migration", "JPA: EntityManagerFactory up");
    }

    @Test
    void theResidentMemoryAndTheHeapStayWithinTheirBoundsAfterManyRequests() throws IOException,
            InterruptedException {
        int requests = Integer.getInteger("load.memory-requests", 500);
        int threads = Integer.getInteger("load.memory-threads", 2);
        List<Sample> samples = new ArrayList<>();
        try (JvmProcess node = JvmProcess.start("product-demo", ChildClassPath.product(true),
                "be.actraject.demo.DemoApplication", JVM_FLAGS, productArguments(true))) {
            // Ready once the demo data is in (the readiness state follows the application runners).
            long ready = node.millisToFirstOk("/actuator/health/readiness", START_TIMEOUT);
            ListRequests pages = ListRequests.signIn(node.baseUrl());
            samples.add(new Sample("ready, signed in", ready, node.residentMb(), node.heapAfterGcMb()));
            long t0 = System.nanoTime();
            pages.send(requests / 2, threads);
            samples.add(sample(node, "after " + requests / 2 + " requests", t0));
            pages.send(requests - requests / 2, threads);
            samples.add(sample(node, "after " + requests + " requests", t0));
        }
        System.out.println(MemoryReport.memory(JVM_FLAGS, requests, threads, samples, RESIDENT_BOUND_MB,
                LEAK_MARGIN_MB));
        assertThat(samples).as("resident memory, MB (bound %d)", RESIDENT_BOUND_MB)
                .allSatisfy(s -> assertThat(s.residentMb()).as(s.what()).isLessThanOrEqualTo(RESIDENT_BOUND_MB));
        assertThat(samples.get(2).heapAfterGcMb() - samples.get(1).heapAfterGcMb())
                .as("heap after GC grown from halfway to the end, MB").isLessThanOrEqualTo(LEAK_MARGIN_MB);
    }

    private static Sample measureStart(JvmProcess process, String path) throws IOException, InterruptedException {
        long millis = process.millisToFirstOk(path, START_TIMEOUT);
        long resident = process.residentMb();
        return new Sample(path, millis, resident, process.heapAfterGcMb());
    }

    private static Sample sample(JvmProcess node, String what, long t0) throws IOException, InterruptedException {
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long resident = node.residentMb();
        return new Sample(what, millis, resident, node.heapAfterGcMb());
    }

    static long median(List<Sample> samples) {
        long[] ms = samples.stream().mapToLong(Sample::millis).sorted().toArray();
        return ms[ms.length / 2];
    }

    /** A production start (the {@code postgres} profile) on a new, empty database; the demo data only when asked. */
    private static List<String> productArguments(boolean demo) {
        List<String> args = new ArrayList<>(database());
        args.addAll(List.of("--spring.profiles.active=postgres", "--actraject.demo-data=" + demo,
                "--actraject.data-dir=target/memstart/data",
                "--actraject.cooperative.name=Activiteitencooperatie Belasting cvso",
                "--actraject.cooperative.street=Kerkstraat 1", "--actraject.cooperative.postal-code=2000",
                "--actraject.cooperative.city=Antwerpen",
                "--actraject.cooperative.enterprise-number=BE0403.170.701",
                "--actraject.cooperative.iban=BE68539007547034",
                // The readiness state at /actuator/health/readiness, as on Kubernetes.
                "--management.endpoint.health.probes.enabled=true", "--logging.level.root=INFO"));
        return args;
    }

    private static List<String> bareArguments() {
        List<String> args = new ArrayList<>(database());
        args.add("--logging.level.root=INFO");
        return args;
    }

    private static List<String> database() {
        return List.of("--spring.datasource.url=" + PostgresTestDatabase.create(),
                "--spring.datasource.username=" + System.getenv().getOrDefault("ACTRAJECT_TEST_PG_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("ACTRAJECT_TEST_PG_PASSWORD", ""));
    }
}
