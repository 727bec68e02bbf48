package be.actraject.demo;

import be.actraject.bpmn.conversation.ConversationTasks;
import be.actraject.bpmn.exploration.ExplorationTasks;
import be.actraject.bpmn.intake.IntakeTasks;
import be.actraject.bpmn.prospecting.ProspectingTasks;
import be.actraject.domain.access.Actor;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.exploration.DeliverableKind;
import be.actraject.domain.exploration.DeliverableStatus;
import be.actraject.domain.exploration.DeliverableUpdate;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.prospecting.ProspectingEntry;
import be.actraject.domain.prospecting.ProspectingKind;
import be.actraject.workflow.Decision;
import be.actraject.workflow.Role;
import be.actraject.workflow.UserTask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate walked through the trajectory as a coach would, task by task through the same services (the demo's
 * candidates in every phase, and the extra ones of {@link ExtraCandidates}): each step completes the task the model
 * put in the worklist, so the engine and the domain agree on where the candidate is.
 */
class DemoWalk {

    private static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    private final DemoSteps steps;
    private final ConversationTasks conversations;
    private final IntakeTasks intake;
    private final ExplorationTasks exploration;
    private final ProspectingTasks prospecting;
    private final ProspectingActivities activities;
    private final Clock clock;

    DemoWalk(DemoSteps steps, ConversationTasks conversations, IntakeTasks intake, ExplorationTasks exploration,
             ProspectingTasks prospecting, ProspectingActivities activities, Clock clock) {
        this.steps = steps;
        this.conversations = conversations;
        this.intake = intake;
        this.exploration = exploration;
        this.prospecting = prospecting;
        this.activities = activities;
        this.clock = clock;
    }

    void conversation(long trajectoryId, Actor coach) {
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

    void toPop(long trajectoryId, Actor coach) {
        conversation(trajectoryId, coach);
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        Competency[] all = Competency.values();
        for (int i = 0; i < all.length; i++) {
            scores.put(all[i], 2 + (i * 7 + (int) trajectoryId) % 3);
        }
        intake.completeEntreSpiegel(steps.claim(trajectoryId, UserTask.ENTRE_SPIEGEL, coach), LocalDate.now(clock),
                scores, coach);
    }

    void toIntakeDecision(long trajectoryId, Actor coach) {
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

    void toExploration(long trajectoryId, Actor coach) {
        toIntakeDecision(trajectoryId, coach);
        intake.completeIntakeDecision(steps.claim(trajectoryId, UserTask.INTAKE_DECISION, coach), Decision.CONTINUE,
                "Wil het idee in kleine stappen uittesten.", coach);
    }

    void toProspecting(long trajectoryId, Actor coach, LearningGroup group) {
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

    void toInvoicing(long trajectoryId, Actor coach, LearningGroup group) {
        toProspecting(trajectoryId, coach, group);
        logProspecting(trajectoryId, coach);
        prospecting.completeReview(steps.claim(trajectoryId, UserTask.PROSPECTING_REVIEW, coach),
                Decision.START_INVOICING, "Twee klanten hebben een offerte aanvaard.", coach);
    }

    void logProspecting(long trajectoryId, Actor coach) {
        LocalDate today = LocalDate.now(clock);
        activities.log(trajectoryId, new ProspectingEntry(today.minusDays(6), ProspectingKind.FAIR_OR_MARKET,
                "Stand op de lentemarkt", "Twaalf geïnteresseerden, drie afspraken"), coach);
        activities.log(trajectoryId, new ProspectingEntry(today.minusDays(2), ProspectingKind.QUOTE,
                "Offerte voor een eerste klant", "Aanvaard"), coach);
    }
}
