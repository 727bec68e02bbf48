package be.actraject.web.task;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.task.WorklistQuery;
import be.actraject.bpmn.task.WorklistScope;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.web.support.PageTimer;
import be.actraject.web.support.SignedIn;
import be.actraject.web.support.StatementCounter;
import be.actraject.workflow.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;


/**
 * A load harness, not a test: it is left out of {@code mvn verify} (tag "benchmark") and run on purpose with the
 * README's command. It fills the worklist to a few hundred open tasks and reports, per page, the SQL statements and
 * the time a request takes through the whole stack (median and 95th percentile of repeated requests, after warming
 * up). Sizes: {@code -Dharness.sizes=50,300} (tasks the coach holds; as many wait in the pool).
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:worklist-load;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class WorklistLoadHarness {

    private static final int WARM_UP = 30;
    private static final int REPEATS = 40;

    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TrajectoryStart start;
    @Autowired
    Accounts accounts;
    @Autowired
    WorkItems workItems;

    private int registered;

    @Test
    void measure() throws Exception {
        accounts.create("ldcoach", "Lena", "Last", null, "secret-1234", Role.COACH);
        accounts.create("ldcoordinator", "Leo", "Last", null, "secret-1234", Role.COORDINATOR);
        Actor coordinator = Actor.of("ldcoordinator", Role.COORDINATOR);
        int[] sizes = Arrays.stream(System.getProperty("harness.sizes", "50,300").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.println("tasks held | page                     | statements | median ms | p95 ms | kB");
        for (int size : sizes) {
            while (registered < size) {
                registered++;
                for (String coach : new String[]{"ldcoach", null}) {
                    String kind = coach == null ? "P" : "C";
                    start.register(new CandidateDetails("Kandidaat", "Last " + registered + kind,
                            "kandidaat@example.be", null, null, null, null, LocalDate.of(1990, 1, 1),
                            "LD" + registered + kind, LocalDate.now(clock).minusDays(1), "Idee"), coach, coordinator);
                }
            }
            report(size, "coach, my tasks", "/tasks?scope=MINE", SignedIn.as("ldcoach", Role.COACH));
            report(size, "coach, nothing matches", "/tasks?scope=MINE&candidate=nobody",
                    SignedIn.as("ldcoach", Role.COACH));
            report(size, "coach, claimable", "/tasks?scope=CLAIMABLE", SignedIn.as("ldcoach", Role.COACH));
            report(size, "coach, filtered + sorted", "/tasks?scope=MINE&candidate=last&sort=AGE",
                    SignedIn.as("ldcoach", Role.COACH));
            report(size, "coordinator, all, page 5", "/tasks?scope=ALL&page=4",
                    SignedIn.as("ldcoordinator", Role.COORDINATOR));
            serviceOnly(size, Actor.of("ldcoach", Role.COACH));
        }
    }

    /** The service alone, without security, controller and template: what the engine and domain reads cost. */
    private void serviceOnly(int size, Actor coach) {
        WorklistQuery query = WorklistQuery.of(WorklistScope.MINE);
        for (int i = 0; i < WARM_UP; i++) {
            workItems.worklist(query, coach);
        }
        long[] nanos = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            workItems.worklist(query, coach);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%10d | %-24s | %10s | %9.1f | %6.1f |%n", size, "service only, my tasks", "",
                nanos[REPEATS / 2] / 1e6, nanos[(int) (REPEATS * 0.95)] / 1e6);
    }

    private void report(int size, String name, String url, RequestPostProcessor who) throws Exception {
        PageTimer.Measure m = new PageTimer(mvc, WARM_UP, REPEATS).measure(url, who);
        System.out.printf("%10d | %-24s | %10d | %9.1f | %6.1f | %5d%n", size, name, m.statements(), m.medianMs(),
                m.p95Ms(), m.bytes() / 1024);
    }
}
