package be.actraject.demo;

import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.ProcessKeys;
import be.actraject.workflow.Role;
import be.actraject.workflow.Variables;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The demo's stuck trajectories, so that the administrators' watch is not empty: a step that ran out of retries, a
 * trajectory the engine lost, a process whose trajectory was ended behind its back, tasks left unclaimed and untouched
 * for weeks (created on an engine clock set back), an overdue task and a trajectory idle for two months.
 */
class DemoWatch {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final TrajectoryStart start;
    private final TrajectoryProgress progress;
    private final StuckExamples examples;
    private final Clock clock;

    DemoWatch(TrajectoryStart start, TrajectoryProgress progress, StuckExamples examples, Clock clock) {
        this.start = start;
        this.progress = progress;
        this.examples = examples;
        this.clock = clock;
    }

    void create(long invoiceWithFollowUp) {
        // The payment follow-up of one invoice ran out of retries.
        examples.exhaustRetries(ProcessKeys.INVOICE_PAYMENT, Variables.INVOICE_ID, invoiceWithFollowUp);

        // A trajectory whose process was deleted, one ended in the dossier only.
        long lost = register("Tom", "Verbeke", 90, "coach2");
        examples.deleteTrajectoryProcess(lost, "Demo: verloren bij een manuele ingreep");
        long endedBehindItsBack = register("Lien", "Goossens", 91, "coach2");
        progress.end(endedBehindItsBack, ExitType.SALARIED, "Demo: rechtstreeks in de databank beëindigd");

        // Tasks from three weeks ago: one nobody claimed, one claimed and never touched since.
        long[] old = new long[2];
        examples.atEngineTime(clock.instant().minus(Duration.ofDays(21)), () -> {
            old[0] = register("Bart", "Claes", 92, null);
            old[1] = register("Hilde", "Aerts", 93, "coach");
        });
        // Bart's task is overdue too; Hilde's trajectory has seen nothing for two months.
        examples.overdue(old[0], clock.instant().minus(Duration.ofDays(10)));
        examples.idleSince(old[1], clock.instant().minus(Duration.ofDays(60)));

        // A check someone added: suspended before its timer (Tom), waiting for a message nobody sends (Bart), and one
        // for a trajectory that does not exist.
        examples.strayChecks(lost, old[0], clock.instant().minus(Duration.ofDays(21)));
    }

    private long register(String first, String last, int number, String coach) {
        LocalDate today = LocalDate.now(clock);
        return start.register(new CandidateDetails(first, last,
                first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@example.be", null, "Kerkstraat " + number, "9000",
                "Gent", today.minusYears(30), "VDAB%06d".formatted(100200 + number), today.minusWeeks(3),
                "Demo van de bewaking"), coach, COORDINATOR).trajectoryId();
    }
}
