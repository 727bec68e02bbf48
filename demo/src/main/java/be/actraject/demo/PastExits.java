package be.actraject.demo;

import be.actraject.bpmn.aftercare.AftercareTasks;
import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.Situation;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Role;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.UserTask;

import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import static be.actraject.domain.aftercare.Situation.IN_COOPERATIVE;
import static be.actraject.domain.aftercare.Situation.LOOKING_FOR_WORK;
import static be.actraject.domain.aftercare.Situation.OTHER;
import static be.actraject.domain.aftercare.Situation.SALARIED;
import static be.actraject.domain.aftercare.Situation.SELF_EMPLOYED_ACTIVE;
import static be.actraject.domain.aftercare.Situation.STOPPED;

/**
 * Former candidates who exited last year and the year before, with their follow-ups answered at 3, 6 and 12 months
 * and some at 24 (some not reached; a follow-up whose moment came after the last answer is left open, as the job
 * executor would have brought it), so that the coordinator's survival figures and an exited dossier have something to show. Each
 * goes through the real services — registration, an intake conversation, the stop, the exit registration, the
 * follow-up tasks as their timers bring them — and the demo then moves what those services dated today back to the
 * story's days ({@link BackDating}): the exit first, so that the follow-ups' moments and the record window count from
 * the past exit day; every answer is given through the follow-up task, on a day after its moment and not after today.
 */
class PastExits {

    /** The demo's former candidates; the survival test counts its expectations from these. */
    static final List<PastExit> EXITS = List.of(
            new PastExit("Elke", "Vos", "Oudenaarde", "9700", "Bloemenatelier voor feesten", 2, MonthDay.of(2, 12),
                    ExitType.SELF_EMPLOYED, "coach", SELF_EMPLOYED_ACTIVE, SELF_EMPLOYED_ACTIVE,
                    SELF_EMPLOYED_ACTIVE, SELF_EMPLOYED_ACTIVE),
            new PastExit("Jonas", "Pauwels", "Geel", "2440", "Schilderwerken binnenshuis", 2, MonthDay.of(4, 3),
                    ExitType.SELF_EMPLOYED, "coach2", SELF_EMPLOYED_ACTIVE, SELF_EMPLOYED_ACTIVE, STOPPED),
            new PastExit("Inge", "Smets", "Tienen", "3300", "Kleermakerij op maat", 2, MonthDay.of(5, 21),
                    ExitType.JOINED_COOPERATIVE, "coach", IN_COOPERATIVE, IN_COOPERATIVE, SELF_EMPLOYED_ACTIVE,
                    SELF_EMPLOYED_ACTIVE),
            new PastExit("Tim", "Aerts", "Herentals", "2200", "Fietskoerier in de binnenstad", 2, MonthDay.of(7, 8),
                    ExitType.SALARIED, "coach2", SALARIED, SALARIED, SALARIED, LOOKING_FOR_WORK),
            new PastExit("Karen", "Segers", "Ieper", "8900", "Huiswerkbegeleiding", 2, MonthDay.of(9, 16),
                    ExitType.REORIENTED, "coach", LOOKING_FOR_WORK, SALARIED, null),
            new PastExit("Stijn", "Martens", "Roeselare", "8800", "Verhuur van partytenten", 2, MonthDay.of(10, 27),
                    ExitType.STOPPED, "coach2"),
            new PastExit("Annelies", "Dewulf", "Waregem", "8790", "Hondentrimsalon", 2, MonthDay.of(11, 18),
                    ExitType.SELF_EMPLOYED, "coach", SELF_EMPLOYED_ACTIVE, null),
            new PastExit("Bram", "Cools", "Mol", "2400", "Zonnepanelen reinigen", 1, MonthDay.of(1, 20),
                    ExitType.SELF_EMPLOYED, "coach", SELF_EMPLOYED_ACTIVE, SELF_EMPLOYED_ACTIVE,
                    SELF_EMPLOYED_ACTIVE),
            new PastExit("Laura", "Hendrickx", "Bilzen", "3740", "Keramiekatelier met workshops", 1, MonthDay.of(3, 10),
                    ExitType.JOINED_COOPERATIVE, "coach2", IN_COOPERATIVE, IN_COOPERATIVE, IN_COOPERATIVE),
            new PastExit("Yusuf", "Demir", "Vilvoorde", "1800", "Foodtruck met Turkse gerechten", 1, MonthDay.of(4, 28),
                    ExitType.SELF_EMPLOYED, "coach", SELF_EMPLOYED_ACTIVE, STOPPED, SALARIED),
            new PastExit("Charlotte", "Lemmens", "Tongeren", "3700", "Administratie voor zelfstandigen", 1,
                    MonthDay.of(6, 16), ExitType.SALARIED, "coach2", SALARIED, SALARIED, SALARIED),
            new PastExit("Niels", "Bogaert", "Eeklo", "9900", "Drone-opnames voor makelaars", 1, MonthDay.of(8, 25),
                    ExitType.SELF_EMPLOYED, "coach", (Situation) null),
            new PastExit("Eva", "Van Hoof", "Lommel", "3920", "Biologische groentenpakketten", 1, MonthDay.of(10, 6),
                    ExitType.REORIENTED, "coach2", SALARIED, SALARIED, OTHER),
            new PastExit("Mehdi", "El Amrani", "Boom", "2850", "Gsm-herstellingen aan huis", 1, MonthDay.of(11, 24),
                    ExitType.SELF_EMPLOYED, "coach", SELF_EMPLOYED_ACTIVE, SELF_EMPLOYED_ACTIVE,
                    SELF_EMPLOYED_ACTIVE));

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final TrajectoryStart trajectoryStart;
    private final ConversationTasks conversations;
    private final ExitTasks exits;
    private final AftercareTasks aftercare;
    private final DemoSteps steps;
    private final Timers timers;
    private final BackDating backDating;
    private final Clock clock;
    private final boolean enabled;

    /**
     * @param enabled false for a test that counts survival figures on a fixture of its own in the same years
     */
    PastExits(TrajectoryStart trajectoryStart, ConversationTasks conversations, ExitTasks exits,
              AftercareTasks aftercare, DemoSteps steps, Timers timers, BackDating backDating, Clock clock,
              @Value("${actraject.demo-past-exits:true}") boolean enabled) {
        this.enabled = enabled;
        this.trajectoryStart = trajectoryStart;
        this.conversations = conversations;
        this.exits = exits;
        this.aftercare = aftercare;
        this.steps = steps;
        this.timers = timers;
        this.backDating = backDating;
        this.clock = clock;
    }

    void create() {
        if (!enabled) {
            return;
        }
        for (int i = 0; i < EXITS.size(); i++) {
            create(EXITS.get(i), i + 1);
        }
    }

    private void create(PastExit past, int n) {
        LocalDate today = LocalDate.now(clock);
        Actor coach = Actor.of(past.coach(), Role.COACH);
        LocalDate exit = past.exitDay(today);
        // Within the six months of phases 1-3: none of them ran past its limit.
        LocalDate entry = exit.minusMonths(3 + n % 3).minusDays(n);

        Instant since = clock.instant();
        long id = trajectoryStart.register(details(past, n, entry, today), coach.userId(), COORDINATOR)
                .trajectoryId();
        backDating.recordedAt(id, since, at(entry, 9));

        LocalDate talked = entry.plusDays(8);
        since = clock.instant();
        conversations.complete(steps.claim(id, UserTask.INDIVIDUAL_CONVERSATION, coach), new ConversationReport(
                talked, ConversationKind.IN_PERSON, "Kennismaking: de persoon en het idee", "Wil " + past.idea()
                        .toLowerCase(Locale.ROOT) + " uittesten.", null, null), coach);
        backDating.recordedAt(id, since, at(talked, 10));

        since = clock.instant();
        exits.stop(id, "De kandidaat meldt een nieuwe stap.", coach);
        exits.completeExitRegistration(steps.claim(id, UserTask.EXIT_REGISTRATION, coach), past.exitType(),
                reason(past.exitType()), coach);
        backDating.exitedOn(id, exit, today);
        backDating.recordedAt(id, since, at(exit, 14));
        if (past.exitType() != ExitType.STOPPED) {
            followUps(id, past, coach, n, today);
        }
    }

    /**
     * Each follow-up whose moment has come: its timer fired (the first one was made before the exit moved back and
     * still waits for a day after today; the later ones are made after it, from the past exit day), then answered
     * through the task — or, for a person not reached, left open, after which no later follow-up comes.
     */
    private void followUps(long id, PastExit past, Actor coach, int n, LocalDate today) {
        LocalDate since = past.exitDay(today);
        Situation before = null;
        for (int months : PastExit.MOMENTS) {
            LocalDate moment = past.momentDay(months, today);
            if (moment.isAfter(today)) {
                return;
            }
            timers.fire(BusinessKeys.trajectory(id), SupportElements.FOLLOW_UP_DUE);
            Situation answer = past.answerAt(months, today);
            if (answer == null) {
                backDating.followUpOpenSince(id, at(moment, 7));
                return;
            }
            LocalDate contacted = past.contactedOn(months, today);
            if (before != null && answer != before) {
                // A new situation began some weeks before the call; the first answer's began on the exit day.
                LocalDate began = contacted.minusDays(10 + n % 20);
                since = began.isBefore(since) ? since : began;
            }
            Instant recording = clock.instant();
            aftercare.completeFollowUp(steps.claim(id, UserTask.AFTERCARE_FOLLOW_UP, coach), contacted, answer, since,
                    note(answer), coach);
            backDating.recordedAt(id, recording, at(contacted, 11));
            before = answer;
        }
    }

    private CandidateDetails details(PastExit past, int n, LocalDate entry, LocalDate today) {
        return new CandidateDetails(past.firstName(), past.lastName(),
                (past.firstName() + "." + past.lastName().replace(" ", "")).toLowerCase(Locale.ROOT) + "@example.be",
                "0480 55 %02d %02d".formatted(n, 10 + n), "Kerkstraat " + (2 * n + 1), past.postalCode(),
                past.municipality(), today.minusYears(26 + 2L * n).minusDays(23L * n), "VDAB9%05d".formatted(n),
                entry, past.idea());
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
    }

    private static String reason(ExitType type) {
        return switch (type) {
            case SELF_EMPLOYED -> "Start als zelfstandige in hoofdberoep met een eigen ondernemingsnummer.";
            case JOINED_COOPERATIVE -> "Gaat verder binnen een ondernemerscoöperatie.";
            case SALARIED -> "Aangeworven in een job die bij het profiel past.";
            case REORIENTED -> "Een illusie armer, een ervaring rijker: kiest een andere richting.";
            case STOPPED -> "Stopt het traject om persoonlijke redenen.";
        };
    }

    private static String note(Situation situation) {
        return switch (situation) {
            case SELF_EMPLOYED_ACTIVE -> "Vaste klanten, de omzet groeit.";
            case IN_COOPERATIVE -> "Factureert via de coöperatie.";
            case SALARIED -> "Werkt in loondienst.";
            case STOPPED -> "Heeft de zaak stopgezet.";
            case LOOKING_FOR_WORK -> "Zoekt werk, volgt een opleiding bij de VDAB.";
            case OTHER -> "Zorgt voorlopig voor de kinderen.";
        };
    }
}
