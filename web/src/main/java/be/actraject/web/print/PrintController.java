package be.actraject.web.print;

import be.actraject.domain.access.Actor;
import be.actraject.domain.conversation.IndividualConversation;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.plan.DevelopmentPlan;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Trajectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dossier's papers as PDF, shown inline. Who may not read the candidate's coaching record (office staff, a coach
 * outside whose caseload the candidate is) is refused before anything is read: {@link Caseload#coachingRecordOfCandidate}.
 */
@Controller
class PrintController {

    private final Caseload caseload;
    private final DevelopmentPlans plans;
    private final IndividualConversations conversations;
    private final DossierPapers papers;

    PrintController(Caseload caseload, DevelopmentPlans plans, IndividualConversations conversations,
                    DossierPapers papers) {
        this.caseload = caseload;
        this.plans = plans;
        this.conversations = conversations;
        this.papers = papers;
    }

    /** The newest version of the current trajectory's plan. */
    @GetMapping("/candidates/{candidateId}/plan.pdf")
    ResponseEntity<byte[]> plan(@PathVariable long candidateId, Actor actor) {
        Trajectory trajectory = caseload.coachingRecordOfCandidate(candidateId, actor);
        DevelopmentPlan plan = plans.of(trajectory.getId(), actor).stream().findFirst()
                .orElseThrow(() -> new NothingToPrintException("plan", candidateId));
        return inline("pop-" + candidateId + "-v" + plan.getVersion() + ".pdf", papers.plan(trajectory, plan));
    }

    @GetMapping("/candidates/{candidateId}/conversations/{conversationId}/report.pdf")
    ResponseEntity<byte[]> conversation(@PathVariable long candidateId, @PathVariable long conversationId,
                                        Actor actor) {
        Trajectory trajectory = caseload.coachingRecordOfCandidate(candidateId, actor);
        IndividualConversation conversation = conversations.of(trajectory.getId(), actor).stream()
                .filter(c -> c.getId() == conversationId).findFirst()
                .orElseThrow(() -> new NothingToPrintException("conversation " + conversationId, candidateId));
        return inline("gesprek-" + candidateId + "-" + conversation.getHeldOn() + ".pdf",
                papers.conversation(trajectory, conversation, actor));
    }

    @GetMapping("/candidates/{candidateId}/summary.pdf")
    ResponseEntity<byte[]> summary(@PathVariable long candidateId, Actor actor) {
        Trajectory trajectory = caseload.coachingRecordOfCandidate(candidateId, actor);
        return inline("dossier-" + candidateId + ".pdf", papers.summary(trajectory, actor));
    }

    private static ResponseEntity<byte[]> inline(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(pdf);
    }
}
