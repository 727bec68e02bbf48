package be.actraject.web.print;

import be.actraject.bpmn.identity.Accounts;
import be.actraject.domain.access.Actor;
import be.actraject.domain.aftercare.AftercareContacts;
import be.actraject.domain.conversation.ActionPoint;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.document.Documents;
import be.actraject.domain.plan.DevelopmentPlan;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.web.find.Statuses;
import be.actraject.web.pdf.Pdfs;
import be.actraject.web.system.Dates;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the dossier's papers from what the controller has read and authorized: each template gets the candidate,
 * the coach's name (never a user id), {@code people} for other names and {@code dates} to write every date as the
 * screens do ({@code dd/MM/yyyy}, the Belgian order).
 */
@Component
class DossierPapers {

    private final Pdfs pdfs;
    private final Accounts accounts;
    private final Dates dates;
    private final IndividualConversations conversations;
    private final AftercareContacts aftercare;
    private final Documents documents;
    private final Statuses statuses;

    DossierPapers(Pdfs pdfs, Accounts accounts, Dates dates, IndividualConversations conversations,
                  AftercareContacts aftercare, Documents documents, Statuses statuses) {
        this.statuses = statuses;
        this.pdfs = pdfs;
        this.accounts = accounts;
        this.dates = dates;
        this.conversations = conversations;
        this.aftercare = aftercare;
        this.documents = documents;
    }

    /** The POP: objectives and actions with their target dates, and lines to sign for candidate and coach. */
    byte[] plan(Trajectory trajectory, DevelopmentPlan plan) {
        Map<String, Object> model = common(trajectory);
        model.put("plan", plan);
        return pdfs.render("print/plan", model);
    }

    /** One conversation's report, the action points agreed in it and those it reviewed. */
    byte[] conversation(Trajectory trajectory, IndividualConversation conversation, Actor actor) {
        Map<String, Object> model = common(trajectory);
        List<ActionPoint> points = conversations.actionPoints(trajectory.getId(), actor);
        model.put("conversation", conversation);
        model.put("conversationCoach", name(conversation.getCoach()));
        model.put("agreed", points.stream()
                .filter(p -> Objects.equals(p.getConversationId(), conversation.getId())).toList());
        model.put("reviewed", points.stream()
                .filter(p -> Objects.equals(p.getReviewedIn(), conversation.getId())).toList());
        return pdfs.render("print/conversation", model);
    }

    /** The person, the trajectory's phases and limits, its end and aftercare, open action points and documents. */
    byte[] summary(Trajectory trajectory, Actor actor) {
        Map<String, Object> model = common(trajectory);
        model.put("trajectory", trajectory);
        // The status the list, the dossier and the search show (in aftercare, stopped, …), not one of its own.
        model.put("status", statuses.of(trajectory));
        model.put("openActionPoints", conversations.openActionPoints(trajectory.getId(), actor));
        model.put("aftercare", aftercare.of(trajectory.getId(), actor));
        model.put("documents", documents.of(trajectory.getCandidate().getId(), actor));
        return pdfs.render("print/summary", model);
    }

    private Map<String, Object> common(Trajectory trajectory) {
        Map<String, Object> model = new HashMap<>();
        model.put("candidate", trajectory.getCandidate());
        model.put("coach", name(trajectory.getCoach()));
        model.put("people", accounts.displayNames());
        model.put("dates", dates);
        return model;
    }

    private String name(String userId) {
        return userId == null ? "" : accounts.displayNames().getOrDefault(userId, userId);
    }
}
