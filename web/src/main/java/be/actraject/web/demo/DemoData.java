package be.actraject.web.demo;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.task.TaskClaims;
import be.actraject.bpmn.task.WorkItem;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.workflow.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo accounts (password {@code demo}) and a dozen candidates at different points of the intake, made through
 * the same services a person uses, so that the demo shows what the product really does. Runs only when
 * {@code actraject.demo-data} is true (the embedded default) and the database has neither accounts nor candidates.
 */
@Component
@ConditionalOnProperty(name = "actraject.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    /** Where each demo candidate stands: who coaches them and how far the intake got. */
    private enum Stage { POOL, WAITING_FOR_COACH, CLAIMED, AT_POP }

    private record Person(String first, String last, String municipality, String postalCode, String idea,
                          int weeksAgo, Actor coach, Stage stage) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Lotte", "Peeters", "Gent", "9000", "Fietsherstel aan huis", 1, null, Stage.POOL),
            new Person("Jens", "Maes", "Leuven", "3000", "Vegetarische catering voor kantoren", 1, null, Stage.POOL),
            new Person("Nele", "Van Damme", "Brugge", "8000", "Naaiatelier voor herstellingen", 0, null, Stage.POOL),
            new Person("Wout", "Vermeulen", "Mechelen", "2800", "Houten speelgoed op bestelling", 2, COACH,
                    Stage.WAITING_FOR_COACH),
            new Person("Sien", "Claes", "Hasselt", "3500", "Yogalessen in bedrijven", 2, COACH, Stage.CLAIMED),
            new Person("Bart", "Goossens", "Aalst", "9300", "Tuinonderhoud met elektrisch materiaal", 3, COACH,
                    Stage.WAITING_FOR_COACH),
            new Person("Fien", "Wouters", "Kortrijk", "8500", "Vertaalbureau Nederlands-Pools", 4, COACH2,
                    Stage.WAITING_FOR_COACH),
            new Person("Tom", "De Smet", "Antwerpen", "2000", "Fotografie voor vastgoed", 3, COACH2, Stage.CLAIMED),
            new Person("Hanne", "Jacobs", "Genk", "3600", "Ambachtelijk ijs met hoevemelk", 5, COACH, Stage.AT_POP),
            new Person("Pieter", "Willems", "Roeselare", "8800", "Computerhulp voor senioren", 6, COACH,
                    Stage.AT_POP),
            new Person("Ellen", "Mertens", "Sint-Niklaas", "9100", "Kinderboeken illustreren", 4, COACH2,
                    Stage.AT_POP),
            new Person("Kobe", "Janssens", "Turnhout", "2300", "Mobiele fietsenwinkel op markten", 7, COACH,
                    Stage.AT_POP));

    private final Accounts accounts;
    private final CandidateRepository candidates;
    private final TrajectoryStart trajectoryStart;
    private final WorkItems workItems;
    private final TaskClaims claims;
    private final IntakeTasks intake;
    private final Clock clock;

    DemoData(Accounts accounts, CandidateRepository candidates, TrajectoryStart trajectoryStart,
             WorkItems workItems, TaskClaims claims, IntakeTasks intake, Clock clock) {
        this.accounts = accounts;
        this.candidates = candidates;
        this.trajectoryStart = trajectoryStart;
        this.workItems = workItems;
        this.claims = claims;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists() || candidates.count() > 0) {
            return;
        }
        createAccounts();
        LocalDate today = LocalDate.now(clock);
        int number = 0;
        for (Person p : PEOPLE) {
            number++;
            LocalDate entry = today.minusWeeks(p.weeksAgo());
            CandidateDetails details = new CandidateDetails(p.first(), p.last(),
                    p.first().toLowerCase() + "." + p.last().toLowerCase().replace(" ", "") + "@example.be",
                    "04" + (70 + number) + " 12 34 " + (10 + number), "Stationsstraat " + number, p.postalCode(),
                    p.municipality(), today.minusYears(24 + 2L * number).minusDays(37L * number),
                    "VDAB%06d".formatted(100200 + number), entry, p.idea());
            long trajectoryId = trajectoryStart.register(details, p.coach() == null ? null : p.coach().userId(),
                    COORDINATOR).trajectoryId();
            advance(trajectoryId, p, entry, today);
        }
        log.info("Demo data created: accounts coach, coach2, coordinator, admin and office (password '{}'), "
                + "{} candidates", PASSWORD, PEOPLE.size());
    }

    private void createAccounts() {
        accounts.create("coach", "Sofie", "Verstraete", "sofie@example.be", PASSWORD, Role.COACH);
        accounts.create("coach2", "Karel", "Van Acker", "karel@example.be", PASSWORD, Role.COACH);
        accounts.create("coordinator", "Mieke", "De Wilde", "mieke@example.be", PASSWORD, Role.COORDINATOR);
        accounts.create("admin", "Lucas", "Desmet", "lucas@example.be", PASSWORD, Role.ADMINISTRATOR);
        accounts.create("office", "An", "Lambrecht", "an@example.be", PASSWORD, Role.OFFICE);
    }

    private void advance(long trajectoryId, Person p, LocalDate entry, LocalDate today) {
        if (p.stage() == Stage.POOL || p.stage() == Stage.WAITING_FOR_COACH) {
            return;
        }
        String taskId = openTask(trajectoryId, p.coach());
        claims.claim(taskId, p.coach());
        if (p.stage() == Stage.AT_POP) {
            LocalDate heldOn = entry.plusDays(3).isAfter(today) ? today : entry.plusDays(3);
            intake.completeIndividualConversation(taskId, new ConversationReport(heldOn, ConversationKind.IN_PERSON,
                    "Kennismaking: de persoon en het idee",
                    "Vertelt enthousiast over het idee; twijfelt over de eigen verkoopvaardigheden.",
                    "Entre-spiegel afleggen bij de VDAB-consulent; lijst maken van mogelijke eerste klanten.",
                    heldOn.plusWeeks(2)), p.coach());
        }
    }

    private String openTask(long trajectoryId, Actor coach) {
        return workItems.worklist(coach).claimable().stream()
                .filter(w -> w.trajectoryId() == trajectoryId)
                .map(WorkItem::taskId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No open task for demo trajectory " + trajectoryId));
    }
}
