package be.actraject.web.admin;

import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.bpmn.watch.StuckTrajectories;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A load harness, not a test: left out of {@code mvn verify} (tag "benchmark"), run with the README's command. It
 * measures the watch's stuck queries on a few dozen running trajectories, first with an empty history, then after
 * adding thousands of finished trajectories (domain rows with their timelines, and finished process instances in the
 * engine's history): the time should not grow with the history. Sizes: {@code -Dharness.history=5000,20000}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:stuck-load;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "actraject.demo-data=false",
        "logging.level.root=WARN"})
class StuckLoadHarness {

    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final int RUNNING = 60;
    private static final int REPEATS = 30;

    @Autowired
    Clock clock;
    @Autowired
    StuckTrajectories stuck;
    @Autowired
    TrajectoryStart start;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    private int finished;

    @Test
    void measure() {
        for (int i = 0; i < RUNNING; i++) {
            start.register(new CandidateDetails("Run" + i, "Ning", "run" + i + "@example.be", null, null, null, null,
                    LocalDate.of(1990, 1, 1), "RUN%06d".formatted(i), LocalDate.now(clock), "Idee"), null,
                    Actor.of("coordinator", Role.COORDINATOR));
        }
        repository.createDeployment().addString("done.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="finished-trajectory" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="s" /><bpmn:endEvent id="e" />
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
                  </bpmn:process>
                </bpmn:definitions>
                """).deploy();
        List<String> report = new ArrayList<>();
        report.add("history 0: " + time());
        for (String size : System.getProperty("harness.history", "5000,20000").split(",")) {
            addFinished(Integer.parseInt(size.strip()) - finished);
            report.add("history " + finished + " (" + history.createHistoricProcessInstanceQuery().count()
                    + " finished instances): " + time());
        }
        System.out.println("Stuck queries, " + RUNNING + " running trajectories: " + String.join("; ", report));
    }

    /** Median and 95th percentile of the whole stuck report, in ms, after warming up. */
    private String time() {
        for (int i = 0; i < 5; i++) {
            stuck.overview(ADMIN);
        }
        long[] ms = new long[REPEATS];
        be.actraject.bpmn.watch.WatchView last = null;
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            last = stuck.overview(ADMIN);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return "median " + ms[REPEATS / 2] + " ms, p95 " + ms[(int) (REPEATS * 0.95)] + " ms (" + last.counts().size()
                + " kinds)";
    }

    /** Ended trajectories with a timeline each, straight into the tables, and a finished instance each. */
    private void addFinished(int count) {
        Timestamp now = Timestamp.from(clock.instant());
        Date day = Date.valueOf(LocalDate.now(clock).minusYears(1));
        for (int i = 0; i < count; i++) {
            int n = ++finished;
            jdbc.update("insert into candidate (first_name, last_name, date_of_birth, job_seeker_number, date_of_entry,"
                    + " business_idea, registered_at, registered_by) values (?, ?, ?, ?, ?, ?, ?, ?)", "Old" + n,
                    "Done", Date.valueOf(LocalDate.of(1980, 1, 1)), "OLD%07d".formatted(n), day, "Idee", now, "admin");
            Long candidate = jdbc.queryForObject("select max(id) from candidate", Long.class);
            jdbc.update("insert into trajectory (candidate_id, phase, start_date, end_date, exit_type, exit_reason,"
                    + " version) values (?, 'INVOICING', ?, ?, 'SALARIED', 'job', 0)", candidate, day, day);
            Long trajectory = jdbc.queryForObject("select max(id) from trajectory", Long.class);
            for (int k = 0; k < 5; k++) {
                jdbc.update("insert into timeline_entry (trajectory_id, occurred_at, kind, actor) values (?, ?, ?, ?)",
                        trajectory, now, "TASK_COMPLETED", "coach");
            }
            runtime.startProcessInstanceByKey("finished-trajectory", trajectory.toString());
        }
    }
}
