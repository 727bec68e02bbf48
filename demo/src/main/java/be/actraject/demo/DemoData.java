package be.actraject.demo;

import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;
import be.actraject.workflow.BusinessKeys;
import be.actraject.workflow.Decision;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.PhaseElements;
import be.actraject.workflow.Role;
import be.actraject.workflow.SupportElements;
import be.actraject.workflow.UserTask;
import be.actraject.workflow.Variables;
import be.actraject.workflow.ProcessKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Demo accounts (password {@code demo-traject}: the product's own minimum length holds for them too) and candidates
 * at every point of the trajectory — in the four phases, at a time limit, stopped and in aftercare — made through the
 * same services people use, so that the demo shows what the product really does, with tasks of every kind in the
 * worklists of the right roles. Runs only when {@code actraject.demo-data} is true ({@link DemoConfiguration}) and the
 * database has neither accounts nor candidates, before the job executor starts.
 */
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-traject";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Actor COACH = Actor.of("coach", Role.COACH);
    private static final Actor COACH2 = Actor.of("coach2", Role.COACH);
    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final Accounts accounts;
    private final CandidateRepository candidates;
    private final TrajectoryStart trajectoryStart;
    private final DemoSteps steps;
    private final DemoWalk walk;
    private final ExplorationTasks exploration;
    private final InvoiceTasks invoices;
    private final ExitTasks exits;
    private final SessionTasks sessions;
    private final LearningGroups groups;
    private final Timers timers;
    private final Customers customers;
    private final DemoQuotes quotes;
    private final DemoWatch watch;
    private final DemoTraining training;
    private final DemoSectors sectors;
    private final Clock clock;
    private final int extraCandidates;
    private final ExtraCandidates extras;
    private final PastExits pastExits;
    private int number;
    /** The candidates the demo's training modules are about (DemoTraining). */
    private long hanne;
    private long pieter;
    private long arne;

    DemoData(Accounts accounts, CandidateRepository candidates, TrajectoryStart trajectoryStart, DemoSteps steps,
             DemoWalk walk, ExplorationTasks exploration, InvoiceTasks invoices, ExitTasks exits,
             SessionTasks sessions, LearningGroups groups, Timers timers,
             Customers customers, DemoQuotes quotes, DemoWatch watch, DemoTraining training, Clock clock,
             @Value("${actraject.demo-extra-candidates:0}") int extraCandidates, DemoSectors sectors,
             ExtraCandidates extras, PastExits pastExits) {
        this.pastExits = pastExits;
        this.sectors = sectors;
        this.extras = extras;
        this.extraCandidates = extraCandidates;
        this.accounts = accounts;
        this.candidates = candidates;
        this.trajectoryStart = trajectoryStart;
        this.steps = steps;
        this.walk = walk;
        this.exploration = exploration;
        this.invoices = invoices;
        this.exits = exits;
        this.sessions = sessions;
        this.groups = groups;
        this.timers = timers;
        this.customers = customers;
        this.quotes = quotes;
        this.watch = watch;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists() || candidates.count() > 0) {
            return;
        }
        createAccounts();
        candidatesInIntake();
        Group group = candidatesInExploration();
        candidatesInProspecting(group.group());
        long turnhoutInvoice = invoicingKobe(group.group());
        invoicingRuben(group.group());
        candidatesWhoLeft();
        groupSessions(group);
        training.create(hanne, pieter, arne, COACH);

        // A larger cooperative on request, for measuring the lists (README, "Load harness").
        extras.add(extraCandidates);

        // Stuck trajectories of several kinds, for the administrators' watch.
        watch.create(turnhoutInvoice);
        // Last, so that the demo candidates before it keep their numbers (tests name some of them).
        carriesOnInACooperative();
        // Former candidates of last year and the year before, with their follow-ups answered: survival to read.
        pastExits.create();

        log.info("Demo data created: accounts coach, coach2, coordinator, admin and office (password '{}'), "
                + "{} candidates and {} extra", PASSWORD, number, extraCandidates);
    }

    /** The learning group of Gent and the one member excused from its first session. */
    private record Group(LearningGroup group, long excused) {
    }

    /** The pool, then each step of the intake. */
    private void candidatesInIntake() {
        register("Lotte", "Peeters", "Gent", "9000", "Fietsherstel aan huis", 1, null);
        register("Jens", "Maes", "Leuven", "3000", "Vegetarische catering voor kantoren", 1, null);
        register("Nele", "Van Damme", "Brugge", "8000", "Naaiatelier voor herstellingen", 0, null);
        long wout = register("Wout", "Vermeulen", "Mechelen", "2800", "Houten speelgoed op bestelling", 2, COACH);
        steps.followUp(wout, UserTask.INDIVIDUAL_CONVERSATION, COACH, LocalDate.now(clock).plusDays(3));
        long sien = register("Sien", "Claes", "Hasselt", "3500", "Yogalessen in bedrijven", 2, COACH);
        steps.claim(sien, UserTask.INDIVIDUAL_CONVERSATION, COACH);
        long bart = register("Bart", "Goossens", "Aalst", "9300", "Tuinonderhoud met elektrisch materiaal", 3, COACH);
        walk.conversation(bart, COACH);
        long fien = register("Fien", "Wouters", "Kortrijk", "8500", "Vertaalbureau Nederlands-Pools", 4, COACH2);
        walk.toPop(fien, COACH2);
        long tom = register("Tom", "De Smet", "Antwerpen", "2000", "Fotografie voor vastgoed", 4, COACH2);
        walk.toIntakeDecision(tom, COACH2);
    }

    /** Waiting for a group; placed, with deliverables under way; near the phases 1-3 limit. */
    private Group candidatesInExploration() {
        hanne = register("Hanne", "Jacobs", "Genk", "3600", "Ambachtelijk ijs met hoevemelk", 6, COACH);
        walk.toExploration(hanne, COACH);
        LearningGroup gent = groups.create("Leergroep Gent", "coach", COORDINATOR);
        pieter = register("Pieter", "Willems", "Gent", "9000", "Computerhulp voor senioren", 8, COACH);
        walk.toExploration(pieter, COACH);
        exploration.placeInGroup(steps.claim(pieter, UserTask.LEARNING_GROUP_PLACEMENT, COORDINATOR), gent.getId(),
                COORDINATOR);
        long julie = register("Julie", "Maes", "Deinze", "9800", "Kindermode uit restjes stof", 23, COACH);
        walk.toExploration(julie, COACH);
        exploration.placeInGroup(steps.claim(julie, UserTask.LEARNING_GROUP_PLACEMENT, COORDINATOR), gent.getId(),
                COORDINATOR);
        timers.fireDue(BusinessKeys.trajectory(julie));
        return new Group(gent, julie);
    }

    /** Activities logged, review pending; past the phases 1-3 limit. */
    private void candidatesInProspecting(LearningGroup gent) {
        long ellen = register("Ellen", "Mertens", "Sint-Niklaas", "9100", "Kinderboeken illustreren", 10, COACH2);
        walk.toProspecting(ellen, COACH2, gent);
        walk.logProspecting(ellen, COACH2);
        arne = register("Arne", "Hermans", "Lokeren", "9160", "Mobiele koffiebar voor evenementen", 28, COACH);
        walk.toProspecting(arne, COACH, gent);
        walk.logProspecting(arne, COACH);
        sectors.create(arne, COACH, COORDINATOR);
        timers.fireDue(BusinessKeys.trajectory(arne));
    }

    /**
     * Invoices at every step of their approval, one overdue, a quote, the monthly statement for the office.
     *
     * @return the invoice to the municipality, which the watch's examples use
     */
    private long invoicingKobe(LearningGroup gent) {
        long kobe = register("Kobe", "Janssens", "Turnhout", "2300", "Mobiele fietsenwinkel op markten", 16, COACH);
        walk.toInvoicing(kobe, COACH, gent);
        long turnhout = customers.add(kobe, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Gemeente Turnhout",
                "Campus Blairon 200", "2300", "Turnhout", "BE", "0207.456.769", null, null, null), COACH).getId();
        long camping = customers.add(kobe, new CustomerDetails(CustomerKind.FOREIGN_BUSINESS,
                "Camping De Hoge Kempen BV", "Boslaan 4", "5531 AA", "Bladel", "NL", null, "NL812345603B01", null,
                null), COACH).getId();
        // Every invoice names a recorded customer with an address, so that every issued one has its documents.
        long club = customers.add(kobe, new CustomerDetails(CustomerKind.CONSUMER, "Fietsclub De Kempen",
                "Kerkstraat 21", "2300", "Turnhout", "BE", null, null, null, null), COACH).getId();
        long hotel = customers.add(kobe, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Hotel De Valk",
                "Grote Markt 9", "2300", "Turnhout", "BE", "0412.345.614", null, null, null), COACH).getId();
        long clubInvoice = invoice(kobe, COACH, club, "Fietsclub De Kempen", "Onderhoud van 12 clubfietsen",
                "540.00", Decision.APPROVE);
        // As if its due date had passed unpaid: the office is asked to remind the club.
        timers.fire(ProcessKeys.INVOICE_PAYMENT, Variables.INVOICE_ID, clubInvoice, SupportElements.PAYMENT_DUE);
        long turnhoutInvoice = invoice(kobe, COACH, new InvoiceDraft("Gemeente Turnhout", "Fietsherstel op de jaarmarkt",
                new BigDecimal("320.00"), VatRate.TWENTY_ONE, turnhout), Decision.APPROVE);
        // A service to a Dutch business: no Belgian VAT, the customer reverse-charges it (W.btw art. 21 § 2). The
        // coach typed the amount wrong; the approver sends it back and the coach corrects it.
        sentBackAndCorrected(kobe, camping);
        invoice(kobe, COACH, hotel, "Hotel De Valk", "Fietsverhuur voor een seminarie", "280.00", null);
        quotes.forKobe(kobe, turnhout, COACH);
        timers.fire(BusinessKeys.trajectory(kobe), PhaseElements.EXTRA_EARNINGS_DUE);
        return turnhoutInvoice;
    }

    /** An invoice sent back to a coach who then hands the correction to a colleague. */
    private void invoicingRuben(LearningGroup gent) {
        long ruben = register("Ruben", "Dubois", "Ronse", "9600", "Webteksten voor kleine zaken", 18, COACH2);
        walk.toInvoicing(ruben, COACH2, gent);
        long ronse = customers.add(ruben, new CustomerDetails(CustomerKind.BELGIAN_BUSINESS, "Bakkerij Ronse bv",
                "Grote Markt 3", "9600", "Ronse", "BE", "0456.789.034", null, null, "info@bakkerij.example"), COACH2)
                .getId();
        invoice(ruben, COACH2, ronse, "Bakkerij Ronse bv", "Teksten voor de nieuwe website", "450.00",
                Decision.SEND_BACK);
        steps.handOver(ruben, UserTask.INVOICE_CORRECTION, COACH2, COACH.userId(),
                "Ik ben met verlof tot maandag; Ruben wacht op de verbeterde factuur voor Bakkerij Ronse.");
    }

    /**
     * Stopped and waiting for the exit registration; salaried today, her aftercare started: its first follow-up waits
     * for its moment, three months on (no timer fired ahead, so the follow-up cannot be answered on the exit day).
     */
    private void candidatesWhoLeft() {
        long dries = register("Dries", "Verhoeven", "Lier", "2500", "Klusjesdienst", 5, COACH);
        walk.conversation(dries, COACH);
        exits.stop(dries, "De kandidaat laat weten dat hij stopt.", COACH);
        long sarah = register("Sarah", "Lambert", "Zottegem", "9620", "Boekhouding voor verenigingen", 12, COACH2);
        walk.conversation(sarah, COACH2);
        exits.stop(sarah, "Vond een job als boekhoudster.", COACH2);
        exits.completeExitRegistration(steps.claim(sarah, UserTask.EXIT_REGISTRATION, COACH2), ExitType.SALARIED,
                "Aangeworven als boekhoudster bij een sociaal secretariaat.", COACH2);
    }

    /**
     * The cooperative route: exited today into an entrepreneurs' cooperative; her first follow-up waits for its moment
     * (the former candidates of {@link PastExits} show follow-ups answered from inside a cooperative).
     */
    private void carriesOnInACooperative() {
        long lotte = register("Lotte", "Claes", "Mechelen", "2800", "Naaiatelier", 20, COACH);
        walk.conversation(lotte, COACH);
        exits.stop(lotte, "Gaat verder binnen de coöperatie van de regio.", COACH);
        exits.completeExitRegistration(steps.claim(lotte, UserTask.EXIT_REGISTRATION, COACH),
                ExitType.JOINED_COOPERATIVE, "Sluit aan bij een ondernemerscoöperatie om haar atelier verder uit te "
                        + "bouwen.", COACH);
    }

    /** The learning group met two weeks ago (attendance registered) and yesterday, and meets again next week. */
    private void groupSessions(Group group) {
        LearningGroup gent = group.group();
        long julie = group.excused();
        ZonedDateTime yesterday = ZonedDateTime.now(clock).minusDays(1).withHour(9).withMinute(30);
        steps.membersJoinedOn(gent.getId(), yesterday.minusDays(20).toLocalDate());
        long earlier = heldAt(gent.getId(), yesterday.minusDays(13), "Je doelgroep beschrijven");
        Map<Long, Presence> presence = new HashMap<>();
        groups.members(gent.getId()).forEach(m -> presence.put(m.getTrajectoryId(),
                m.getTrajectoryId() == julie ? Presence.EXCUSED : Presence.PRESENT));
        sessions.completeAttendance(steps.claimSession(earlier, COACH), presence, COACH);
        heldAt(gent.getId(), yesterday, "Je prijs berekenen");
        sessions.plan(gent.getId(), yesterday.plusDays(8).toInstant(), 150, "Netwerken op een beurs", COACH);
    }

    /** A session of 150 minutes held at {@code startsAt}, its attendance task open; planned ahead and moved back. */
    private long heldAt(long groupId, ZonedDateTime startsAt, String topic) {
        long id = sessions.plan(groupId, ZonedDateTime.now(clock).plusHours(1).toInstant(), 150, topic, COACH).getId();
        steps.sessionMovedBackTo(id, startsAt.toInstant());
        timers.fire(BusinessKeys.session(id), SupportElements.SESSION_HELD);
        return id;
    }

    /** The approver sends the amount back; the coach corrects it and it is approved. */
    private void sentBackAndCorrected(long kobe, long camping) {
        invoices.submit(kobe, new InvoiceDraft("Camping De Hoge Kempen BV",
                "Huurfietsen nazicht seizoen", new BigDecimal("3510.00"), VatRate.EU_SERVICES_REVERSE_CHARGE, camping),
                COACH).getId();
        invoices.completeApproval(steps.claim(kobe, UserTask.INVOICE_APPROVAL_COACH, COACH),
                UserTask.INVOICE_APPROVAL_COACH, Decision.SEND_BACK,
                "Volgens de offerte is het 3.150,00 en niet 3.510,00.", COACH);
        invoices.completeCorrection(steps.claim(kobe, UserTask.INVOICE_CORRECTION, COACH), new InvoiceDraft(
                "Camping De Hoge Kempen BV", "Huurfietsen nazicht seizoen", new BigDecimal("3150.00"),
                VatRate.EU_SERVICES_REVERSE_CHARGE, camping), COACH);
        invoices.completeApproval(steps.claim(kobe, UserTask.INVOICE_APPROVAL_COACH, COACH),
                UserTask.INVOICE_APPROVAL_COACH, Decision.APPROVE, null, COACH);
    }

    private void createAccounts() {
        accounts.create("coach", "Sofie", "Verstraete", "sofie@example.be", PASSWORD, Role.COACH);
        accounts.create("coach2", "Karel", "Van Acker", "karel@example.be", PASSWORD, Role.COACH);
        accounts.create("coordinator", "Mieke", "De Wilde", "mieke@example.be", PASSWORD, Role.COORDINATOR);
        accounts.create("admin", "Lucas", "Desmet", "lucas@example.be", PASSWORD, Role.ADMINISTRATOR);
        accounts.create("office", "An", "Lambrecht", "an@example.be", PASSWORD, Role.OFFICE);
    }

    private long register(String first, String last, String municipality, String postalCode, String idea,
                          int weeksAgo, Actor coach) {
        number++;
        LocalDate today = LocalDate.now(clock);
        CandidateDetails details = new CandidateDetails(first, last,
                first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT).replace(" ", "") + "@example.be",
                "04" + (70 + number) + " 12 34 " + (10 + number), "Stationsstraat " + number, postalCode,
                municipality, today.minusYears(24 + 2L * number).minusDays(37L * number),
                "VDAB%06d".formatted(100200 + number), today.minusWeeks(weeksAgo), idea);
        return trajectoryStart.register(details, coach == null ? null : coach.userId(), COORDINATOR).trajectoryId();
    }

    /** Submits an invoice and takes it as far as the decision given: approve (and issue), send back, or leave. */
    private long invoice(long trajectoryId, Actor coach, long customerId, String customer, String description,
                         String amount, Decision decision) {
        return invoice(trajectoryId, coach, new InvoiceDraft(customer, description, new BigDecimal(amount),
                VatRate.TWENTY_ONE, customerId), decision);
    }

    private long invoice(long trajectoryId, Actor coach, InvoiceDraft draft, Decision decision) {
        long id = invoices.submit(trajectoryId, draft, coach).getId();
        if (decision == null) {
            return id;
        }
        invoices.completeApproval(steps.claim(trajectoryId, UserTask.INVOICE_APPROVAL_COACH, coach),
                UserTask.INVOICE_APPROVAL_COACH, decision,
                decision == Decision.SEND_BACK ? "Het btw-tarief klopt niet voor deze dienst." : null, coach);
        if (decision == Decision.APPROVE) {
            // A candidate's first invoices need the coordinator too (the invoice-approval-rule table).
            invoices.completeApproval(steps.claim(trajectoryId, UserTask.INVOICE_APPROVAL_COORDINATOR, COORDINATOR),
                    UserTask.INVOICE_APPROVAL_COORDINATOR, Decision.APPROVE, null, COORDINATOR);
        }
        return id;
    }
}
