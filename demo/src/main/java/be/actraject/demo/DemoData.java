package be.actraject.demo;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.exit.ExitTasks;
import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.group.SessionTasks;
import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.invoice.InvoiceTasks;
import be.actraject.bpmn.prospecting.ProspectingTasks;
import be.actraject.bpmn.trajectory.TrajectoryStart;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.CandidateRepository;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.customer.CustomerDetails;
import be.actraject.domain.customer.CustomerKind;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.group.Presence;
import be.actraject.domain.invoice.InvoiceDraft;
import be.actraject.domain.invoice.VatRate;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
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
import java.util.EnumMap;
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
    private final ConversationTasks conversations;
    private final IntakeTasks intake;
    private final ExplorationTasks exploration;
    private final ProspectingTasks prospecting;
    private final ProspectingActivities activities;
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
    private final DemoStatistics statistics;
    private final PastExits pastExits;
    private int number;
    /** The candidates the demo's training modules are about (DemoTraining). */
    private long hanne;
    private long pieter;
    private long arne;

    DemoData(Accounts accounts, CandidateRepository candidates, TrajectoryStart trajectoryStart, DemoSteps steps,
             ConversationTasks conversations, IntakeTasks intake, ExplorationTasks exploration,
             ProspectingTasks prospecting, ProspectingActivities activities, InvoiceTasks invoices, ExitTasks exits,
             SessionTasks sessions, LearningGroups groups, Timers timers,
             Customers customers, DemoQuotes quotes, DemoWatch watch, DemoTraining training, Clock clock,
             @Value("${actraject.demo-extra-candidates:0}") int extraCandidates, DemoSectors sectors,
             DemoStatistics statistics, PastExits pastExits) {
        this.pastExits = pastExits;
        this.sectors = sectors;
        this.statistics = statistics;
        this.extraCandidates = extraCandidates;
        this.accounts = accounts;
        this.candidates = candidates;
        this.trajectoryStart = trajectoryStart;
        this.steps = steps;
        this.conversations = conversations;
        this.intake = intake;
        this.exploration = exploration;
        this.prospecting = prospecting;
        this.activities = activities;
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

        // A larger caseload on request, for measuring the worklist: half in the pool, half coached by "coach".
        for (int i = 1; i <= extraCandidates; i++) {
            registerExtra(i);
        }
        if (extraCandidates > 0) {
            // The lists' plans from the first request, not after autovacuum's next round (README, issue 19).
            statistics.refresh();
        }

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
        conversation(bart, COACH);
        long fien = register("Fien", "Wouters", "Kortrijk", "8500", "Vertaalbureau Nederlands-Pools", 4, COACH2);
        toPop(fien, COACH2);
        long tom = register("Tom", "De Smet", "Antwerpen", "2000", "Fotografie voor vastgoed", 4, COACH2);
        toIntakeDecision(tom, COACH2);
    }

    /** Waiting for a group; placed, with deliverables under way; near the phases 1-3 limit. */
    private Group candidatesInExploration() {
        hanne = register("Hanne", "Jacobs", "Genk", "3600", "Ambachtelijk ijs met hoevemelk", 6, COACH);
        toExploration(hanne, COACH);
        LearningGroup gent = groups.create("Leergroep Gent", "coach", COORDINATOR);
        pieter = register("Pieter", "Willems", "Gent", "9000", "Computerhulp voor senioren", 8, COACH);
        toExploration(pieter, COACH);
        exploration.placeInGroup(steps.claim(pieter, UserTask.LEARNING_GROUP_PLACEMENT, COORDINATOR), gent.getId(),
                COORDINATOR);
        long julie = register("Julie", "Maes", "Deinze", "9800", "Kindermode uit restjes stof", 23, COACH);
        toExploration(julie, COACH);
        exploration.placeInGroup(steps.claim(julie, UserTask.LEARNING_GROUP_PLACEMENT, COORDINATOR), gent.getId(),
                COORDINATOR);
        timers.fireDue(BusinessKeys.trajectory(julie));
        return new Group(gent, julie);
    }

    /** Activities logged, review pending; past the phases 1-3 limit. */
    private void candidatesInProspecting(LearningGroup gent) {
        long ellen = register("Ellen", "Mertens", "Sint-Niklaas", "9100", "Kinderboeken illustreren", 10, COACH2);
        toProspecting(ellen, COACH2, gent);
        logProspecting(ellen, COACH2);
        arne = register("Arne", "Hermans", "Lokeren", "9160", "Mobiele koffiebar voor evenementen", 28, COACH);
        toProspecting(arne, COACH, gent);
        logProspecting(arne, COACH);
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
        toInvoicing(kobe, COACH, gent);
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
        toInvoicing(ruben, COACH2, gent);
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
        conversation(dries, COACH);
        exits.stop(dries, "De kandidaat laat weten dat hij stopt.", COACH);
        long sarah = register("Sarah", "Lambert", "Zottegem", "9620", "Boekhouding voor verenigingen", 12, COACH2);
        conversation(sarah, COACH2);
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
        conversation(lotte, COACH);
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

    /**
     * One of the extra candidates: numbers, phone and date of birth from a series of their own, valid at any count
     * (the demo's own series derives its VDAB numbers from 100200 + n, which the watch's candidates share above 90).
     */
    private void registerExtra(int i) {
        LocalDate today = LocalDate.now(clock);
        CandidateDetails details = new CandidateDetails("Extra", "Kandidaat " + i, "extra." + i + "@example.be",
                "0470 %02d %02d %02d".formatted(i / 10_000 % 100, i / 100 % 100, i % 100), "Stationsstraat " + i,
                "9000", "Gent", today.minusYears(20 + i % 40).minusDays(i % 365), "XTRA%07d".formatted(i),
                today.minusWeeks(i % 8), "Proefproject " + i);
        trajectoryStart.register(details, i % 2 == 0 ? COACH.userId() : null, COORDINATOR);
    }

    private void conversation(long trajectoryId, Actor coach) {
        conversations.complete(steps.claim(trajectoryId, UserTask.INDIVIDUAL_CONVERSATION, coach),
                new ConversationReport(LocalDate.now(clock), ConversationKind.IN_PERSON,
                        "Kennismaking: de persoon en het idee",
                        "Vertelt enthousiast over het idee; twijfelt over de eigen verkoopvaardigheden.",
                        "Werken aan een eerste lijst van klanten en de Entre-spiegel afleggen.",
                        LocalDate.now(clock).plusWeeks(2),
                        List.of(new ActionPointDraft("Entre-spiegel afleggen bij de VDAB-consulent",
                                        ActionOwner.CANDIDATE, LocalDate.now(clock).plusWeeks(1)),
                                new ActionPointDraft("Lijst van tien mogelijke eerste klanten maken",
                                        ActionOwner.CANDIDATE, LocalDate.now(clock).plusWeeks(2)),
                                new ActionPointDraft("Contactpersoon bij Unizo doorgeven", ActionOwner.COACH,
                                        LocalDate.now(clock).plusDays(3))),
                        Map.of()), coach);
    }

    private void toPop(long trajectoryId, Actor coach) {
        conversation(trajectoryId, coach);
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        Competency[] all = Competency.values();
        for (int i = 0; i < all.length; i++) {
            scores.put(all[i], 2 + (i * 7 + (int) trajectoryId) % 3);
        }
        intake.completeEntreSpiegel(steps.claim(trajectoryId, UserTask.ENTRE_SPIEGEL, coach), LocalDate.now(clock),
                scores, coach);
    }

    private void toIntakeDecision(long trajectoryId, Actor coach) {
        toPop(trajectoryId, coach);
        LocalDate today = LocalDate.now(clock);
        intake.completePopCreation(steps.claim(trajectoryId, UserTask.POP_CREATION, coach),
                new PlanDraft(List.of(
                        new ObjectiveDraft(Competency.MARKET_INSIGHT, "Zicht krijgen op de markt en de concurrenten",
                                List.of(new ActionDraft("Drie concurrenten bezoeken", today.plusWeeks(3), null),
                                        new ActionDraft("Prijzen van vijf aanbieders vergelijken",
                                                today.plusWeeks(4), null))),
                        new ObjectiveDraft(Competency.NETWORKING, "Een netwerk in de sector opbouwen",
                                List.of(new ActionDraft("Netwerkavond van Unizo bijwonen", today.plusWeeks(2),
                                        null))),
                        new ObjectiveDraft(null, "Een prijs per opdracht kunnen berekenen",
                                List.of(new ActionDraft("Kostprijs van een standaardopdracht uitrekenen",
                                        today.plusWeeks(5), null)))),
                        today), coach);
    }

    private void toExploration(long trajectoryId, Actor coach) {
        toIntakeDecision(trajectoryId, coach);
        intake.completeIntakeDecision(steps.claim(trajectoryId, UserTask.INTAKE_DECISION, coach), Decision.CONTINUE,
                "Wil het idee in kleine stappen uittesten.", coach);
    }

    private void toProspecting(long trajectoryId, Actor coach, LearningGroup group) {
        toExploration(trajectoryId, coach);
        exploration.placeInGroup(steps.claim(trajectoryId, UserTask.LEARNING_GROUP_PLACEMENT, COORDINATOR),
                group.getId(), COORDINATOR);
        exploration.completeReview(steps.claim(trajectoryId, UserTask.EXPLORATION_REVIEW, coach), List.of(
                        new DeliverableUpdate(DeliverableKind.BUSINESS_CARDS, DeliverableStatus.DONE, null),
                        new DeliverableUpdate(DeliverableKind.FOLDER, DeliverableStatus.DONE, null),
                        new DeliverableUpdate(DeliverableKind.WEBSITE, DeliverableStatus.IN_PROGRESS, "Eenvoudige site"),
                        new DeliverableUpdate(DeliverableKind.PRICE_LIST, DeliverableStatus.DONE, null),
                        new DeliverableUpdate(DeliverableKind.BUSINESS_PLAN, DeliverableStatus.DONE, null)),
                Decision.CONTINUE, "Het ondernemingsplan staat; tijd om naar buiten te stappen.", coach);
    }

    private void toInvoicing(long trajectoryId, Actor coach, LearningGroup group) {
        toProspecting(trajectoryId, coach, group);
        logProspecting(trajectoryId, coach);
        prospecting.completeReview(steps.claim(trajectoryId, UserTask.PROSPECTING_REVIEW, coach),
                Decision.START_INVOICING, "Twee klanten hebben een offerte aanvaard.", coach);
    }

    private void logProspecting(long trajectoryId, Actor coach) {
        LocalDate today = LocalDate.now(clock);
        activities.log(trajectoryId, new ProspectingEntry(today.minusDays(6), ProspectingKind.FAIR_OR_MARKET,
                "Stand op de lentemarkt", "Twaalf geïnteresseerden, drie afspraken"), coach);
        activities.log(trajectoryId, new ProspectingEntry(today.minusDays(2), ProspectingKind.QUOTE,
                "Offerte voor een eerste klant", "Aanvaard"), coach);
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
