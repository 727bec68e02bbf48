package be.actraject.web.candidate;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.bpmn.task.WorkItems;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.DossierChange;
import be.actraject.domain.aftercare.AfterExitLine;
import be.actraject.domain.aftercare.AftercareContact;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.aftercare.StillInBusiness;
import be.actraject.domain.agenda.PlannedConversations;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.decision.Decisions;
import be.actraject.domain.document.DocumentKind;
import be.actraject.domain.document.Documents;
import be.actraject.domain.document.FileType;
import be.actraject.domain.exploration.Deliverables;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.prospecting.ProspectingActivities;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CorrectionReasons;
import be.actraject.domain.trajectory.Dossier;
import be.actraject.domain.trajectory.DossierChanges;
import be.actraject.domain.trajectory.PersonalDataCorrections;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.assessment.SpiderChart;
import be.actraject.web.training.DossierTraining;
import be.actraject.web.sector.DossierSectors;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Gathers what the dossier page shows of a candidate: the person, the trajectory and everything in it. */
@Component
class DossierPage {

    private final Caseload caseload;
    private final Accounts accounts;
    private final WorkItems workItems;
    private final IndividualConversations conversations;
    private final DevelopmentPlans plans;
    private final Assessments assessments;
    private final Decisions decisions;
    private final Deliverables deliverables;
    private final ProspectingActivities activities;
    private final LearningGroups groups;
    private final AftercareContacts aftercare;
    private final Clock clock;
    private final ReferenceProfiles profiles;
    private final Documents documents;
    private final DossierInvoicing invoicing;
    private final DossierChanges changes;
    private final PlannedConversations planned;
    private final PersonalDataCorrections personalData;
    private final DossierTraining training;
    private final DossierSectors sectors;
    private final CorrectionReasons reasons;

    DossierPage(CorrectionReasons reasons, DossierTraining training, ReferenceProfiles profiles, Documents documents, DossierInvoicing invoicing, DossierChanges changes,
                PlannedConversations planned, PersonalDataCorrections personalData, Caseload caseload,
                Accounts accounts, WorkItems workItems, IndividualConversations conversations,
                DevelopmentPlans plans, Assessments assessments, Decisions decisions, Deliverables deliverables,
                ProspectingActivities activities, LearningGroups groups, AftercareContacts aftercare, Clock clock,
                DossierSectors sectors) {
        this.sectors = sectors;
        this.reasons = reasons;
        this.caseload = caseload;
        this.accounts = accounts;
        this.workItems = workItems;
        this.conversations = conversations;
        this.plans = plans;
        this.assessments = assessments;
        this.decisions = decisions;
        this.deliverables = deliverables;
        this.activities = activities;
        this.groups = groups;
        this.aftercare = aftercare;
        this.clock = clock;
        this.profiles = profiles;
        this.documents = documents;
        this.invoicing = invoicing;
        this.changes = changes;
        this.planned = planned;
        this.personalData = personalData;
        this.training = training;
    }

    void fill(long candidateId, Actor actor, Model model) {
        Dossier dossier = caseload.dossier(candidateId, actor);
        model.addAttribute("dossier", dossier);
        // Why a coordinator corrected the trajectory, beside the correction in the timeline.
        model.addAttribute("reasons", reasons.of(dossier));
        model.addAttribute("people", accounts.displayNames());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("competencies", Competency.values());
        dossier.current().ifPresent(t -> fill(t, actor, model));
        // Office staff see what invoicing needs: the person, the trajectory, invoices and statements.
        model.addAttribute("coachingRecord", actor.readsCoachingRecord());
        model.addAttribute("documents", actor.readsCoachingRecord() ? documents.of(candidateId, actor) : List.of());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("maxDocumentMegabytes", documents.maxSize().toMegabytes());
        model.addAttribute("acceptedExtensions", FileType.acceptedExtensions());
        model.addAttribute("mayAttach", dossier.current()
                .filter(t -> changes.may(t, DossierChange.COACHING_RECORD, actor)).isPresent());
    }

    private void fill(Trajectory t, Actor actor, Model model) {
        long id = t.getId();
        model.addAttribute("trajectory", t);
        model.addAttribute("openTasks", workItems.openFor(id, actor));
        model.addAttribute("openableTasks", workItems.openableFor(id, actor));
        model.addAttribute("decisions", decisions.of(id, actor));
        model.addAttribute("daysLeft", t.daysLeft(LocalDate.now(clock)));
        if (actor.readsCoachingRecord()) {
            fillCoachingRecord(t, actor, model);
        }
        invoicing.fill(t, actor, model);
        permissions(t, actor, model);
    }

    /**
     * Conversations and action points, assessments with the chart, the plan, the group's sessions, deliverables,
     * prospecting and aftercare: what coaches, coordinators and administrators read.
     */
    private void fillCoachingRecord(Trajectory t, Actor actor, Model model) {
        long id = t.getId();
        model.addAttribute("conversations", conversations.of(id, actor));
        model.addAttribute("plannedConversations", planned.ahead(id, actor));
        model.addAttribute("openActionPoints", conversations.openActionPoints(id, actor));
        model.addAttribute("plans", plans.of(id, actor));
        model.addAttribute("assessments", assessments.of(id, actor));
        assessments.latestComparison(id, profiles.current(), actor).ifPresent(c -> {
            model.addAttribute("comparison", c);
            model.addAttribute("chart", SpiderChart.of(c));
        });
        Optional<LearningGroup> group = groups.groupOf(id);
        model.addAttribute("group", group.orElse(null));
        model.addAttribute("attendance", group.map(g -> groups.sessionsOf(g.getId()).stream()
                .filter(s -> s.getAttendance().containsKey(id)).toList()).orElse(List.of()));
        if (t.getPhase() != null && t.getPhase().compareTo(Phase.EXPLORATION) >= 0) {
            model.addAttribute("deliverables", deliverables.of(id, actor));
        }
        model.addAttribute("activities", activities.of(id, actor));
        List<AftercareContact> contacts = aftercare.of(id, actor);
        // "Na de uitstroom": the survival moments that have come and every answer, in the order of the schedule, and
        // whether the latest answer says still in business.
        // A stop starts no aftercare: no follow-up will ever answer, so none is said to be missing.
        model.addAttribute("aftercare", t.getEndDate() == null || t.getExitType() == ExitType.STOPPED ? List.of()
                : AfterExitLine.of(t.getEndDate(), LocalDate.now(clock), contacts));
        model.addAttribute("stillInBusiness", StillInBusiness.of(contacts));
        training.fill(t, actor, model);
    }

    /** What the page offers: only the changes the services would accept from this actor (see DossierChanges). */
    private void permissions(Trajectory t, Actor actor, Model model) {
        boolean active = t.isActive();
        boolean record = changes.may(t, DossierChange.COACHING_RECORD, actor);
        model.addAttribute("mayEditPlan", active && record);
        model.addAttribute("mayPlanConversation", active && record);
        model.addAttribute("mayStop", active && (actor.has(Role.COORDINATOR) || t.isCoachedBy(actor.userId())));
        model.addAttribute("mayLogProspecting", active && record && t.getPhase() == Phase.PROSPECTING);
        if (actor.readsCoachingRecord()) {
            sectors.fill(t, actor, active && record && t.getPhase() == Phase.PROSPECTING, model);
        }
        model.addAttribute("mayUpdateChecklist", active && record && t.getPhase() == Phase.EXPLORATION);
        model.addAttribute("mayRegisterPayment", changes.may(t, DossierChange.PAYMENT_FOLLOW_UP, actor));
        boolean drafts = changes.may(t, DossierChange.INVOICING, actor);
        model.addAttribute("mayAddCustomer", active && drafts);
        model.addAttribute("mayInvoice", active && t.getPhase() == Phase.INVOICING && drafts);
        model.addAttribute("mayQuote", active && drafts
                && (t.getPhase() == Phase.PROSPECTING || t.getPhase() == Phase.INVOICING));
        model.addAttribute("mayRecordCost", active && drafts && t.getPhase() == Phase.INVOICING);
        model.addAttribute("mayCorrectPersonalData", personalData.may(t, actor));
        model.addAttribute("mayCorrectTrajectory", active && actor.has(Role.COORDINATOR));
    }
}
