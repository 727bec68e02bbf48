package be.actraject.load;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.demo.ExtraCandidates;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.load.bare.BareCamundaApplication;
import be.actraject.testsupport.RequiresPostgres;
import be.actraject.web.support.DemoAccounts;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load harness of issue 19 (README, "Load harness"). One fresh PostgreSQL database, filled by the first node with
 * the demo and the first of {@code load.candidates} (e.g. {@code 300,30000}) extra candidates; at each size, for each
 * node count asked ({@code -Dload.nodes=1,2}), the scripted day ({@link ScriptedDay}) run by Gatling in this JVM for
 * {@code load.duration} seconds with {@code load.coaches} coaches, a coordinator and the office, and one table: per
 * page the requests, errors, p50/p95/p99, throughput and SQL statements, the heap used after the run and the time the
 * nodes took to start; then every list page timed alone ({@link QuietTimings}) and the growth from the first size
 * ({@link GrowthReport}); then the first node adds the extra candidates up to the next size.
 *
 * <p>In the build it runs at a small size, so that it cannot rot, and fails when any response is not the one
 * expected (every request is checked) or when a page sends more SQL statements later in the run than at its start,
 * for the same person and address: a page whose statements grow with what the day adds (claimed tasks, completed
 * conversations) queries per row.
 */
@RequiresPostgres
class LoadHarnessTest {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final int CASELOAD = 2;
    private static final Path RESULTS = Path.of("target", "gatling");

    @Test
    void aScriptedDayOnOneNodeAndOnTwo() throws IOException, InterruptedException {
        LoadRun sizes = LoadRun.fromSystemProperties();
        List<RunReport> reports = new ArrayList<>();
        GrowthReport growth = new GrowthReport();
        JvmProcess bare = null;
        // One database for all the runs, filled once per size: the runs at one size differ in their nodes only; the
        // next size adds candidates to the same data. A node is added between two runs; the second run finds what
        // the first did (claimed tasks, completed conversations) in the data.
        try (Nodes nodes = Nodes.startFirst(sizes.candidates())) {
            // A node without the demo's classes starts all the same, on an empty database: its sign-ins would fail,
            // not for a reason the run is about (the demo module's jar was once a fat jar, unreadable as a library).
            assertThat(nodes.first().getBean(Accounts.class).find("coach")).as("the demo's coach account")
                    .isPresent();
            addCoaches(nodes.first(), sizes);
            int filled = sizes.candidates();
            for (int size : LoadRun.sizes()) {
                if (size > filled) {
                    nodes.keep(1);
                    nodes.first().getBean(ExtraCandidates.class).add(filled + 1, size);
                    filled = size;
                }
                assertThat(nodes.first().getBean(JdbcTemplate.class).queryForObject(
                        "select count(*) from candidate where last_name like 'Kandidaat %'", Long.class))
                        .as("the extra candidates").isEqualTo(size);
                LoadRun atSize = sizes.withCandidates(size);
                for (int nodeCount : LoadRun.nodeCounts().stream().sorted().toList()) {
                    nodes.keep(nodeCount);
                    while (nodes.count() < nodeCount) {
                        nodes.add();
                    }
                    reports.add(runOn(nodes, atSize));
                    System.out.println(reports.get(reports.size() - 1).table());
                }
                nodes.keep(1);
                if (bare == null) {
                    bare = startBare(nodes);
                }
                growth.add(size, QuietTimings.pages(nodes.baseUrls().get(0)), QuietTimings.engine(nodes.first()),
                        QuietTimings.service(nodes.first()), QuietTimings.bare(bare.baseUrl()));
                System.out.println(growth.table());
            }
        } finally {
            if (bare != null) {
                bare.close();
            }
        }
        for (RunReport report : reports) {
            assertThat(report.pages()).as("pages measured on %d node(s)", report.nodes())
                    .extracting(RunReport.Page::name)
                    .contains(ScriptedDay.WORKLIST_MINE, ScriptedDay.WORKLIST_CLAIMABLE, ScriptedDay.WORKLIST_ALL,
                            ScriptedDay.CANDIDATE_LIST, ScriptedDay.DOSSIER, ScriptedDay.TASK_FORM,
                            ScriptedDay.CLAIM, ScriptedDay.COMPLETE, ScriptedDay.SEARCH, ScriptedDay.AGENDA,
                            ScriptedDay.REPORTS);
            assertThat(report.pages()).as("errors on %d node(s)", report.nodes())
                    .allSatisfy(page -> assertThat(page.errors()).as(page.name()).isZero());
            assertThat(report.statementGrowth()).as("pages sending more statements than at the start of the run, "
                    + "on %d node(s)", report.nodes()).isEmpty();
        }
    }

    /**
     * The bare Camunda application ({@link BareCamundaApplication}) as a JVM of its own on the nodes' database, its
     * job executor off and nothing deployed: it only answers the engine's task query for the quiet timings.
     */
    private static JvmProcess startBare(Nodes nodes) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(nodes.databaseArguments());
        args.addAll(List.of("--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.auto-deployment-enabled=false",
                "--logging.level.root=WARN"));
        JvmProcess bare = JvmProcess.start("bare-harness", ChildClassPath.bare(), BareCamundaApplication.class.getName(),
                MemoryAndStartupTest.JVM_FLAGS, args);
        bare.millisToFirstOk(BareCamundaApplication.READY_PATH, Duration.ofMinutes(5));
        return bare;
    }

    private static RunReport runOn(Nodes nodes, LoadRun sizes) throws IOException {
        LoadRun run = sizes.on(nodes.baseUrls());
        LoadRun.start(run);
        PageStatements.clear();
        long started = System.nanoTime();
        Path report = Gatling.run(ScriptedDay.class, RESULTS, nodes.count() + " node(s)");
        long ended = System.nanoTime();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long heapUsed = memory.getHeapMemoryUsage().getUsed();
        return RunReport.of(nodes.count(), run, GatlingStats.read(report), PageStatements.samples(), started, ended,
                heapUsed, nodes.startMillis());
    }

    /**
     * The coaches beyond the demo's two, with the demo password, each with a small caseload of their own: a coach
     * whose worklist is empty at the start skips the queries of its rows, and would seem to grow when the first
     * claimed task arrives.
     */
    private static void addCoaches(ConfigurableApplicationContext node, LoadRun run) {
        Accounts accounts = node.getBean(Accounts.class);
        TrajectoryStart start = node.getBean(TrajectoryStart.class);
        LocalDate today = LocalDate.now(node.getBean(Clock.class));
        for (String coach : run.coachNames()) {
            if (!coach.startsWith("loadcoach")) {
                continue;
            }
            accounts.create(coach, "Coach", coach.substring("load".length()), coach + "@example.be",
                    DemoAccounts.PASSWORD, Role.COACH);
            for (int i = 1; i <= CASELOAD; i++) {
                start.register(new CandidateDetails("Belasting", coach + " " + i, coach + "." + i + "@example.be",
                        null, null, null, null, LocalDate.of(1990, 1, 1), "LD" + coach + "N" + i,
                        today.minusDays(1), "Proefproject"), coach, COORDINATOR);
            }
        }
    }
}
