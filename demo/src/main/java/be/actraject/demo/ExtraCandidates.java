package be.actraject.demo;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A larger cooperative on request ({@code actraject.demo-extra-candidates}, and the load harness of issue 19, which
 * grows the same database from one size to the next): extra candidates in every phase and finished trajectories of
 * every exit type, each made through the same services people use ({@link DemoWalk}), so the engine holds their
 * tasks, timers and history as it would in production. Of every twenty, by number:
 * <ul>
 *   <li>ten in intake at its first conversation, half in the pool and half coached by {@code coach};</li>
 *   <li>two in exploration, one in prospecting and one in invoicing (coached by {@code coach} or {@code coach2},
 *   in learning groups of about forty);</li>
 *   <li>six ended: entered between one and five years ago, left three to fourteen months later, with each exit type
 *   in turn (their aftercare running where the exit type has one).</li>
 * </ul>
 * Numbers, phones and dates of birth come from a series of their own, valid at any count (the demo's own series
 * derives its VDAB numbers from 100200 + n, which the watch's candidates share above 90). Several candidates are
 * made at once ({@code actraject.demo-extra-threads}, default the processors): each is its own transactions.
 */
public class ExtraCandidates {

    private static final Logger log = LoggerFactory.getLogger(ExtraCandidates.class);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);
    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    /** Candidates per learning group of the extra ones in prospecting and invoicing (two in twenty of them). */
    private static final int GROUP_SPAN = 400;
    private static final ExitType[] EXIT_TYPES = ExitType.values();
    /** Attempts of a step that races the job executor, and the pause before the second (then twice, …). */
    private static final int RACE_ATTEMPTS = 12;
    private static final long RACE_PAUSE_MILLIS = 50;

    private final TrajectoryStart trajectoryStart;
    private final DemoWalk walk;
    private final DemoSteps steps;
    private final ExitTasks exits;
    private final LearningGroups groups;
    private final BackDating backDating;
    private final DemoStatistics statistics;
    private final Clock clock;
    private final int threads;

    ExtraCandidates(TrajectoryStart trajectoryStart, DemoWalk walk, DemoSteps steps, ExitTasks exits,
                    LearningGroups groups, BackDating backDating, DemoStatistics statistics, Clock clock,
                    @Value("${actraject.demo-extra-threads:0}") int threads) {
        this.trajectoryStart = trajectoryStart;
        this.walk = walk;
        this.steps = steps;
        this.exits = exits;
        this.groups = groups;
        this.backDating = backDating;
        this.statistics = statistics;
        this.clock = clock;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The extra candidates 1 to {@code count}; nothing for 0. */
    void add(int count) {
        add(1, count);
    }

    /**
     * The extra candidates numbered {@code from} to {@code to}, both included (none when {@code to < from}), then
     * PostgreSQL's statistics refreshed, so the lists plan with the new sizes at once (README, issue 19).
     *
     * @throws IllegalStateException when one could not be made (its cause is the service's exception)
     */
    public void add(int from, int to) {
        if (to < from) {
            return;
        }
        long started = System.nanoTime();
        // A group of an earlier call (the harness grows a database in steps) is taken up again.
        Map<String, LearningGroup> existing = new HashMap<>();
        groups.all().forEach(g -> existing.put(g.getName(), g));
        Map<Integer, LearningGroup> learningGroups = new HashMap<>();
        for (int g = from / GROUP_SPAN; g <= to / GROUP_SPAN; g++) {
            String name = "Leergroep extra " + (g + 1);
            learningGroups.put(g, existing.containsKey(name) ? existing.get(name)
                    : groups.create(name, COACH.userId(), COORDINATOR));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> made = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                int n = i;
                made.add(pool.submit(() -> make(n, learningGroups.get(n / GROUP_SPAN))));
            }
            for (Future<?> one : made) {
                one.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Extra candidate not made", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making extra candidates", e);
        } finally {
            pool.shutdownNow();
        }
        statistics.refresh();
        log.info("Extra candidates {} to {} made in {} s ({} threads)", from, to,
                (System.nanoTime() - started) / 1_000_000_000, threads);
    }

    private void make(int i, LearningGroup group) {
        int kind = i % 20;
        Actor coach = i % 4 < 2 ? COACH : COACH2;
        // Entered in the last eight weeks: no time limit's warning or end is due yet, so no timer of the job
        // executor fires while the walk completes the candidate's tasks (a race the walk would lose now and then).
        LocalDate entry = today().minusWeeks(i % 8);
        if (kind < 10) {
            register(i, entry, i % 2 == 0 ? COACH.userId() : null);
        } else if (kind < 12) {
            walk.toExploration(register(i, entry, coach.userId()), coach);
        } else if (kind == 12) {
            walk.toProspecting(register(i, entry, coach.userId()), coach, group);
        } else if (kind == 13) {
            walk.toInvoicing(register(i, entry, coach.userId()), coach, group);
        } else {
            ended(i, coach);
        }
    }

    /** Entered one to five years ago, left three to fourteen months later (never after yesterday). */
    private void ended(int i, Actor coach) {
        LocalDate today = today();
        LocalDate entry = today.minusDays(365 + (i * 37L) % (4 * 365));
        LocalDate exit = entry.plusDays(90 + (i * 13L) % 330);
        if (!exit.isBefore(today)) {
            exit = today.minusDays(1);
        }
        long id = register(i, entry, coach.userId());
        ExitType type = EXIT_TYPES[(i / 20) % EXIT_TYPES.length];
        // Entered years ago, its time limits are long past: the job executor may be firing their timers right now.
        retried(() -> exits.stop(id, "Einde van het traject.", coach));
        retried(() -> exits.completeExitRegistration(steps.claim(id, UserTask.EXIT_REGISTRATION, coach), type,
                "Uitstroom van een extra kandidaat.", coach));
        backDating.exitedOn(id, exit, today);
    }

    /**
     * A step that lost a race with the job executor on the same trajectory — the engine's optimistic lock, or a
     * deadlock PostgreSQL broke — is tried again after a pause that grows with each attempt: each step is one
     * transaction, rolled back whole. The pause matters: the executor fires a trajectory's due timers one after the
     * other (they are exclusive jobs of one process instance), so an immediate retry meets the next of them; at
     * 30,000 candidates five immediate attempts were once not enough.
     */
    private static void retried(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (ProcessEngineException e) {
                if (!isRace(e) || attempt == RACE_ATTEMPTS) {
                    throw e;
                }
            }
            try {
                Thread.sleep(RACE_PAUSE_MILLIS * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to try a step again", e);
            }
        }
    }

    private static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || String.valueOf(t.getMessage()).contains("deadlock")) {
                return true;
            }
        }
        return false;
    }

    private long register(int i, LocalDate entry, String coach) {
        CandidateDetails details = new CandidateDetails("Extra", "Kandidaat " + i, "extra." + i + "@example.be",
                "0470 %02d %02d %02d".formatted(i / 10_000 % 100, i / 100 % 100, i % 100), "Stationsstraat " + i,
                "9000", "Gent", today().minusYears(20 + i % 40).minusDays(i % 365), "XTRA%07d".formatted(i),
                entry, "Proefproject " + i);
        return trajectoryStart.register(details, coach, COORDINATOR).trajectoryId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
