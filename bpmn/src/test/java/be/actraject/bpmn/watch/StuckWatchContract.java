package be.actraject.bpmn.watch;

import be.actraject.domain.access.Actor;
import be.actraject.testsupport.SentStatements;
import be.actraject.workflow.Messages;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 19: the watch answered by the database. Each kind with more stuck items than a page — written straight into
 * the domain's and the engine's tables, with look-alikes that are not stuck beside them — counted whole, its first
 * page its oldest or most urgent items in order, the rest on the kind's next page; the dossiers named for the rows
 * shown only; as many statements with more trajectories running. Run on H2 and PostgreSQL, which must give the same
 * answers, each in a database of its own (the counts are exact).
 */
@SpringBootTest
@Import(SentStatements.Recording.class)
abstract class StuckWatchContract {

    static final int STUCK = StuckTrajectories.PAGE_SIZE + 5;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    /** Trajectory ids of this test's own, clear of the identity's (nothing else writes trajectories here). */
    private static final long FIRST_ID = 100_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    StuckTrajectories watch;
    @Autowired
    Clock clock;

    private static final Map<Class<?>, Instant> FILLED_AT = new java.util.concurrent.ConcurrentHashMap<>();

    private Instant now;
    private LocalDate today;
    private long nextId = FIRST_ID;
    private String trajectoryModel;
    private String otherModel;
    /** Per kind, the ids of its stuck items in the order the watch must show them (see {@link #idOf}). */
    private final Map<StuckKind, List<String>> expected = new EnumMap<>(StuckKind.class);

    @BeforeEach
    void fill() {
        // The moment of the first fill: what the rows' times were computed from, in every test after it.
        now = FILLED_AT.computeIfAbsent(getClass(), c -> clock.instant());
        today = LocalDate.ofInstant(now, clock.getZone());
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        trajectoryModel = definitions.stream().filter(d -> d.getKey().equals(ProcessKeys.TRAJECTORY)).findFirst()
                .orElseThrow().getId();
        otherModel = definitions.stream().filter(d -> !d.getKey().equals(ProcessKeys.TRAJECTORY)).findFirst()
                .orElseThrow().getId();
        for (StuckKind kind : StuckKind.values()) {
            expected.put(kind, new ArrayList<>());
        }
        Long filled = jdbc.queryForObject("select max(id) from trajectory where id >= ?", Long.class, FIRST_ID);
        fillEverything(filled != null);
    }

    /** Writes the rows once per database; computes what each kind must show every time. */
    private void fillEverything(boolean written) {
        boolean write = !written;
        // Healthy trajectories: a process, something happened today, no limit passed. Their instances carry the
        // tasks, jobs, incidents and waits below.
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < STUCK; i++) {
            long id = trajectory(write, "EXPLORATION", null, null, null);
            timeline(write, id, now.minus(Duration.ofHours(1)));
            healthy.add(instance(write, "pi-h-%03d".formatted(i), id, trajectoryModel));
            subscription(write, "sent-%03d".formatted(i), healthy.get(i), Messages.TRAJECTORY_STOPPED, now,
                    "Wait_Stop");
        }
        for (int i = 0; i < STUCK; i++) {
            String pi = healthy.get(i);
            Instant minute = now.minus(Duration.ofMinutes(STUCK - i));
            add(StuckKind.UNCLAIMED_TASK, task(write, "unclaimed-%03d".formatted(i), pi, null,
                    minute.minus(Duration.ofDays(4)), null, null));
            // Last changed, or else created, 30 days ago: in the order of i either way.
            add(StuckKind.UNTOUCHED_TASK, task(write, "untouched-%03d".formatted(i), pi, "coach",
                    minute.minus(Duration.ofDays(i % 2 == 0 ? 30 : 40)),
                    i % 2 == 0 ? null : minute.minus(Duration.ofDays(30)), null));
            add(StuckKind.OVERDUE_TASK, task(write, "overdue-%03d".formatted(i), pi, "coach",
                    now.minus(Duration.ofHours(1)), null, minute.minus(Duration.ofDays(1))));
            add(StuckKind.FAILED_JOB, incident(write, "incident-%03d".formatted(i), pi, "job-f-%03d".formatted(i),
                    minute.minus(Duration.ofDays(1))));
            add(StuckKind.OVERDUE_TIMER, timer(write, "timer-%03d".formatted(i), pi, 3, minute.minus(Duration.ofHours(2))));
            add(StuckKind.UNSENT_MESSAGE, subscription(write, "unsent-%03d".formatted(i), pi,
                    i % 2 == 0 ? "a-never-sent" : "zz-never-sent", minute.minus(Duration.ofDays(2)),
                    "Wait_%03d".formatted(i)));
        }
        // Look-alikes that are not stuck: a fresh unclaimed task, a touched claimed one, one due tomorrow; a timer
        // out of retries (an incident's job), one within its grace; a session's task.
        task(write, "fresh", healthy.get(0), null, now.minus(Duration.ofHours(1)), null, null);
        task(write, "touched", healthy.get(0), "coach", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)));
        timer(write, "timer-failed", healthy.get(0), 0, now.minus(Duration.ofDays(1)));
        timer(write, "timer-soon", healthy.get(0), 3, now.minus(Duration.ofMinutes(10)));
        instance(write, "pi-session", null, otherModel);
        if (write) {
            jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = 'session-7' where ID_ = 'pi-session'");
        }
        task(write, "session-task", "pi-session", "coach", now.minus(Duration.ofHours(1)), null, null);

        // Idle: twenty that never had an entry (by id), then the longest idle first.
        for (int i = 0; i < STUCK; i++) {
            long id = trajectory(write, "EXPLORATION", null, null, null);
            instance(write, "pi-i-%03d".formatted(i), id, trajectoryModel);
            if (i >= 20) {
                timeline(write, id, now.minus(Duration.ofDays(31)).plus(Duration.ofMinutes(i)));
            }
            add(StuckKind.IDLE, Long.toString(id));
        }
        // Past the limit of their phase: phases 1-3's, or phase 4's in invoicing; the longest past first.
        for (int i = 0; i < STUCK; i++) {
            LocalDate limit = today.minusDays(100 - i);
            long id = i % 2 == 0 ? trajectory(write, "INVOICING", null, today.minusYears(1), limit)
                    : trajectory(write, "PROSPECTING", null, limit, null);
            instance(write, "pi-l-%03d".formatted(i), id, trajectoryModel);
            timeline(write, id, now.minus(Duration.ofHours(1)));
            add(StuckKind.PAST_LIMIT, Long.toString(id));
        }
        long invoicing = trajectory(write, "INVOICING", null, today.minusYears(1), today.plusDays(10));
        instance(write, "pi-invoicing", invoicing, trajectoryModel);
        timeline(write, invoicing, now);
        // Running in the dossier without a trajectory process; one with only another model's instance.
        for (int i = 0; i < STUCK; i++) {
            long id = trajectory(write, "INTAKE", null, null, null);
            timeline(write, id, now);
            if (i == 0) {
                instance(write, "pi-other", id, otherModel);
            }
            add(StuckKind.NO_PROCESS, Long.toString(id));
        }
        // Trajectory processes whose trajectory does not exist (thirty) or has ended (the others), by instance id.
        for (int i = 0; i < STUCK; i++) {
            String pi = "pwt-%03d".formatted(i);
            if (i < 30) {
                instance(write, pi, 800_000L + i, trajectoryModel);
            } else {
                long ended = trajectory(write, "INVOICING", today.minusDays(3), null, null);
                instance(write, pi, ended, trajectoryModel);
            }
            add(StuckKind.PROCESS_WITHOUT_TRAJECTORY, pi);
        }
        // Tasks of another model's instances that name trajectories that do not exist; the oldest first.
        for (int i = 0; i < STUCK; i++) {
            String pi = instance(write, "orphan-%03d".formatted(i), 900_000L + i, otherModel);
            add(StuckKind.TASK_WITHOUT_TRAJECTORY, task(write, "orphan-task-%03d".formatted(i), pi, "coach",
                    now.minus(Duration.ofMinutes(60 - i)), null, null));
        }
    }

    @Test
    void everyKindIsCountedWholeAndShowsItsFirstPageOldestFirstAndTheRestOnItsNextPage() {
        WatchView overview = watch.overview(ADMIN);

        for (StuckKind kind : StuckKind.values()) {
            List<String> all = expected.get(kind);
            assertThat(overview.counts().get(kind)).as(kind + " counted").isEqualTo(STUCK);
            StuckList first = overview.lists().get(kind);
            assertThat(first.items()).as(kind + " first page").extracting(idOf(kind))
                    .containsExactlyElementsOf(all.subList(0, StuckTrajectories.PAGE_SIZE));
            assertThat(first.hasMore()).isTrue();
            StuckList second = watch.ofKind(ADMIN, kind, 2).lists().get(kind);
            assertThat(second.items()).as(kind + " second page").extracting(idOf(kind))
                    .containsExactlyElementsOf(all.subList(StuckTrajectories.PAGE_SIZE, STUCK));
            assertThat(second.pages()).isEqualTo(2);
            StuckList past = watch.ofKind(ADMIN, kind, 99_999).lists().get(kind);
            assertThat(past.page()).as(kind + ": a page past the last shows the last").isEqualTo(2);
            assertThat(past.items()).extracting(idOf(kind))
                    .containsExactlyElementsOf(all.subList(StuckTrajectories.PAGE_SIZE, STUCK));
        }
    }

    @Test
    void theRowsSayWhatIsStuckAndNameTheirDossiers() {
        WatchView overview = watch.overview(ADMIN);

        StuckItem unclaimed = overview.lists().get(StuckKind.UNCLAIMED_TASK).items().get(0);
        assertThat(unclaimed.dossier().candidateName()).isEqualTo("Voornaam100000 Naam100000");
        assertThat(unclaimed.engine()).isEqualTo(StuckItem.EngineElement.task("pi-h-000", "Task_Conversation",
                "unclaimed-000", "Gesprek", null));
        assertThat(unclaimed.since()).as("as the column keeps it: PostgreSQL and H2 to the microsecond")
                .isCloseTo(now.minus(Duration.ofMinutes(STUCK)).minus(Duration.ofDays(4)), within(1, ChronoUnit.MILLIS));
        StuckItem failed = overview.lists().get(StuckKind.FAILED_JOB).items().get(0);
        assertThat(failed.engine().jobId()).isEqualTo("job-f-000");
        assertThat(failed.detail()).isEqualTo("kapot");
        StuckItem pastLimit = overview.lists().get(StuckKind.PAST_LIMIT).items().get(0);
        assertThat(pastLimit.detail()).isEqualTo("INVOICING");
        assertThat(pastLimit.since()).isEqualTo(today.minusDays(100).atStartOfDay(clock.getZone()).toInstant());
        assertThat(overview.lists().get(StuckKind.IDLE).items().get(0).since()).as("never").isNull();
        List<StuckItem> orphans = overview.lists().get(StuckKind.PROCESS_WITHOUT_TRAJECTORY).items();
        assertThat(orphans.get(0).detail()).isEqualTo("no trajectory 800000");
        assertThat(orphans.get(0).dossier()).isEqualTo(StuckItem.Dossier.unknown(800_000L));
        assertThat(orphans.get(30).detail()).isEqualTo("ended " + today.minusDays(3));
        assertThat(orphans.get(30).dossier().candidateName()).as("an ended trajectory is still named").isNotNull();
        assertThat(overview.lists().get(StuckKind.TASK_WITHOUT_TRAJECTORY).items().get(0).dossier())
                .isEqualTo(StuckItem.Dossier.unknown(900_000L));
        assertThat(overview.lists().get(StuckKind.UNSENT_MESSAGE).items().get(0).detail()).isEqualTo("a-never-sent");
    }

    @Test
    void aKindsPageNamesTheDossiersOfItsOwnRowsOnly() {
        List<SentStatements.Sent> sent = SentStatements.of(() -> watch.ofKind(ADMIN, StuckKind.IDLE, 2));

        List<SentStatements.Sent> trajectories = sent.stream()
                .filter(s -> s.sql().toLowerCase(Locale.ROOT).contains("from trajectory")
                        && !s.sql().contains("ACT_RU_"))
                .filter(s -> !s.sql().contains("offset")).toList();
        assertThat(trajectories).hasSize(1);
        assertThat(trajectories.get(0).bindings().size()).as("the ids bound: the page's five (padded at most)")
                .isBetween(5, 8);
    }

    @Test
    void theWatchSendsAsManyStatementsWhateverRuns() {
        int before = SentStatements.of(() -> watch.overview(ADMIN)).size();
        for (int i = 0; i < 40; i++) {
            long id = trajectory(true, "EXPLORATION", null, null, null);
            timeline(true, id, now);
            instance(true, "pi-more-" + id, id, trajectoryModel);
            task(true, "more-" + id, "pi-more-" + id, "coach", now, null, null);
        }

        int after = SentStatements.of(() -> watch.overview(ADMIN)).size();

        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(StuckKind.values().length + 2);
    }

    @Test
    void onlyAdministratorsWatch() {
        assertThatThrownBy(() -> watch.overview(Actor.of("coordinator", Role.COORDINATOR)))
                .isInstanceOf(be.actraject.domain.access.NotPermittedException.class);
    }

    private void add(StuckKind kind, String id) {
        expected.get(kind).add(id);
    }

    /** What identifies an item of the kind in {@link #expected}. */
    private static Function<StuckItem, String> idOf(StuckKind kind) {
        return switch (kind) {
            case UNCLAIMED_TASK, UNTOUCHED_TASK, OVERDUE_TASK, TASK_WITHOUT_TRAJECTORY -> i -> i.engine().taskId();
            case FAILED_JOB -> i -> i.engine().jobId().replace("job-f-", "incident-");
            case OVERDUE_TIMER -> i -> i.engine().jobId();
            case UNSENT_MESSAGE -> i -> "unsent-" + i.engine().activityId().substring("Wait_".length());
            case PROCESS_WITHOUT_TRAJECTORY -> i -> i.engine().processInstanceId();
            case IDLE, PAST_LIMIT, NO_PROCESS -> i -> Long.toString(i.dossier().trajectoryId());
        };
    }

    // The rows, straight into the tables; each returns its id and writes only when asked (the first time).

    private long trajectory(boolean write, String phase, LocalDate endedOn, LocalDate preInvoicingLimit,
                            LocalDate invoicingLimit) {
        long id = nextId++;
        if (write) {
            jdbc.update("""
                    insert into candidate (id, first_name, last_name, email, phone, date_of_birth, job_seeker_number,
                        date_of_entry, business_idea, registered_at, registered_by, version, sort_name, search_name,
                        phone_digits)
                    values (?, ?, ?, ?, '0470000000', ?, ?, ?, 'Idee', ?, 'test', 0, ?, ?, '0470000000')""",
                    id, "Voornaam" + id, "Naam" + id, "c" + id + "@example.be", Date.valueOf("1980-01-01"),
                    "J" + id, Date.valueOf(today.minusYears(1)), Timestamp.from(now), "naam" + id, "voornaam" + id);
            jdbc.update("""
                    insert into trajectory (id, candidate_id, coach, phase, start_date, end_date, exit_type, version,
                        pre_invoicing_limit, invoicing_limit)
                    values (?, ?, 'coach', ?, ?, ?, ?, 0, ?, ?)""", id, id, phase, Date.valueOf(today.minusYears(1)),
                    endedOn == null ? null : Date.valueOf(endedOn), endedOn == null ? null : "SALARIED",
                    preInvoicingLimit == null ? null : Date.valueOf(preInvoicingLimit),
                    invoicingLimit == null ? null : Date.valueOf(invoicingLimit));
        }
        return id;
    }

    private void timeline(boolean write, long trajectoryId, Instant at) {
        if (write) {
            jdbc.update("insert into timeline_entry (trajectory_id, occurred_at, kind, actor) values (?, ?, ?, ?)",
                    trajectoryId, Timestamp.from(at), "TASK_COMPLETED", "coach");
        }
    }

    private String instance(boolean write, String id, Long trajectoryId, String definition) {
        if (write) {
            jdbc.update("""
                    insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_,
                        PROC_DEF_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
                        CACHED_ENT_STATE_, SEQUENCE_COUNTER_)
                    values (?, 1, ?, ?, ?, ?, true, false, true, false, 1, 0, 1)""",
                    id, id, id, trajectoryId == null ? null : trajectoryId.toString(), definition);
        }
        return id;
    }

    private String task(boolean write, String id, String processInstanceId, String assignee, Instant created,
                        Instant updated, Instant due) {
        if (write) {
            jdbc.update("""
                    insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
                        PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_)
                    values (?, 1, ?, ?, 'Gesprek', 'Task_Conversation', ?, 50, ?, ?, ?, 1)""",
                    id, processInstanceId, processInstanceId, assignee, Timestamp.from(created),
                    updated == null ? null : Timestamp.from(updated), due == null ? null : Timestamp.from(due));
        }
        return id;
    }

    private String incident(boolean write, String id, String processInstanceId, String jobId, Instant at) {
        if (write) {
            jdbc.update("""
                    insert into ACT_RU_INCIDENT (ID_, REV_, INCIDENT_TIMESTAMP_, INCIDENT_MSG_, INCIDENT_TYPE_,
                        EXECUTION_ID_, ACTIVITY_ID_, PROC_INST_ID_, CONFIGURATION_)
                    values (?, 1, ?, 'kapot', 'failedJob', ?, 'Service_Broken', ?, ?)""",
                    id, Timestamp.from(at), processInstanceId, processInstanceId, jobId);
        }
        return id;
    }

    private String timer(boolean write, String id, String processInstanceId, int retries, Instant due) {
        if (write) {
            jdbc.update("""
                    insert into ACT_RU_JOB (ID_, REV_, TYPE_, RETRIES_, DUEDATE_, PROCESS_INSTANCE_ID_, EXECUTION_ID_,
                        HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_)
                    values (?, 1, 'timer', ?, ?, ?, ?, 'timer-intermediate-transition', 1, 0)""",
                    id, retries, Timestamp.from(due), processInstanceId, processInstanceId);
        }
        return id;
    }

    private String subscription(boolean write, String id, String processInstanceId, String message, Instant created,
                                String activityId) {
        if (write) {
            jdbc.update("""
                    insert into ACT_RU_EVENT_SUBSCR (ID_, REV_, EVENT_TYPE_, EVENT_NAME_, EXECUTION_ID_,
                        PROC_INST_ID_, ACTIVITY_ID_, CREATED_)
                    values (?, 1, 'message', ?, ?, ?, ?, ?)""",
                    id, message, processInstanceId, processInstanceId, activityId, Timestamp.from(created));
        }
        return id;
    }
}
