package be.actraject.domain;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.assessment.Assessment;
import be.actraject.domain.assessment.Assessments;
import be.actraject.domain.assessment.Comparison;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.assessment.Gap;
import be.actraject.domain.assessment.InvalidScoresException;
import be.actraject.domain.assessment.ReferenceProfile;
import be.actraject.domain.assessment.ReferenceProfiles;
import be.actraject.domain.assessment.Scale;
import be.actraject.domain.conversation.ActionOwner;
import be.actraject.domain.conversation.ActionPoint;
import be.actraject.domain.conversation.ActionPointDraft;
import be.actraject.domain.conversation.ActionPointDueBeforeConversationException;
import be.actraject.domain.conversation.ActionPointNotOpenException;
import be.actraject.domain.conversation.ActionPointStatus;
import be.actraject.domain.conversation.ConversationKind;
import be.actraject.domain.conversation.ConversationReport;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.document.DocumentKind;
import be.actraject.domain.document.DocumentRejectedException;
import be.actraject.domain.document.DocumentSummary;
import be.actraject.domain.document.Documents;
import be.actraject.domain.group.LearningGroup;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.DevelopmentPlan;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coach's workspace in the domain: action points and their review, the reference profile and the comparison the
 * spider chart draws, the structured plan with its versions, documents, and the caseload widened by learning groups.
 * Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class WorkspaceDomainContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    Caseload caseload;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    Assessments assessments;
    @Autowired
    ReferenceProfiles profiles;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    Documents documents;
    @Autowired
    LearningGroups groups;
    @Autowired
    EntityManager em;

    private Trajectory registered(String coach) {
        String number = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lotte", "Peeters", number, clock), coach, COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        return t;
    }

    private static ConversationReport report(LocalDate heldOn, List<ActionPointDraft> points,
                                             Map<Long, ActionPointStatus> reviews) {
        return new ConversationReport(heldOn, ConversationKind.IN_PERSON, "Opvolging", null, null, null, points,
                reviews);
    }

    @Test
    void aConversationAgreesActionPointsAndALaterOneReviewsThem() {
        long id = registered("coach").getId();
        LocalDate today = LocalDate.now(clock);
        conversations.record(id, report(today.minusDays(2), List.of(
                new ActionPointDraft("Lijst van klanten", ActionOwner.CANDIDATE, today.plusDays(5)),
                new ActionPointDraft("Contact doorgeven", ActionOwner.COACH, today.plusDays(1))), Map.of()), COACH);
        List<ActionPoint> open = conversations.openActionPoints(id, COACH);
        assertThat(open).extracting(ActionPoint::getWhat).containsExactly("Contact doorgeven", "Lijst van klanten");

        var second = conversations.record(id, report(today, List.of(), Map.of(open.get(0).getId(),
                ActionPointStatus.DONE)), COACH);
        em.flush();
        em.clear();

        assertThat(conversations.openActionPoints(id, COACH)).extracting(ActionPoint::getWhat)
                .containsExactly("Lijst van klanten");
        ActionPoint done = conversations.actionPoints(id, COACH).stream()
                .filter(p -> p.getStatus() == ActionPointStatus.DONE).findFirst().orElseThrow();
        assertThat(done.getReviewedIn()).isEqualTo(second.getId());
        assertThat(done.getReviewedOn()).isEqualTo(today);
    }

    @Test
    void aReviewOfAnActionPointAlreadyClosedWritesNothing() {
        long id = registered("coach").getId();
        LocalDate today = LocalDate.now(clock);
        conversations.record(id, report(today.minusDays(1), List.of(
                new ActionPointDraft("Folder", ActionOwner.CANDIDATE, today.plusDays(5))), Map.of()), COACH);
        long pointId = conversations.openActionPoints(id, COACH).get(0).getId();
        conversations.record(id, report(today, List.of(), Map.of(pointId, ActionPointStatus.DROPPED)), COACH);
        int before = conversations.of(id, COACH).size();

        assertThatThrownBy(() -> conversations.record(id, report(today, List.of(), Map.of(pointId,
                ActionPointStatus.DONE)), COACH)).isInstanceOf(ActionPointNotOpenException.class);
        assertThat(conversations.of(id, COACH)).hasSize(before);
    }

    @Test
    void anActionPointDueBeforeItsConversationIsRefused() {
        long id = registered("coach").getId();
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> conversations.record(id, report(today, List.of(
                new ActionPointDraft("Te laat", ActionOwner.CANDIDATE, today.minusDays(1))), Map.of()), COACH))
                .isInstanceOf(ActionPointDueBeforeConversationException.class);
    }

    @Test
    void theReferenceProfileHasADefaultAndEveryChangeIsANewVersionByACoordinator() {
        ReferenceProfile first = profiles.current();
        assertThat(first.getScores()).hasSize(12);
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            scores.put(c, 5);
        }
        scores.put(Competency.NETWORKING, 3);

        ReferenceProfile second = profiles.set(new Scale(1, 5), scores, "Bijgesteld na evaluatie", COORDINATOR);

        assertThat(profiles.current().getId()).isEqualTo(second.getId());
        assertThat(profiles.history()).extracting(ReferenceProfile::getId).startsWith(second.getId(), first.getId());
        assertThatThrownBy(() -> profiles.set(new Scale(1, 5), scores, "x", COACH))
                .isInstanceOf(NotPermittedException.class);
        scores.put(Competency.MARKET_INSIGHT, 6);
        assertThatThrownBy(() -> profiles.set(new Scale(1, 5), scores, "x", COORDINATOR))
                .isInstanceOfSatisfying(InvalidScoresException.class,
                        e -> assertThat(e.competencies()).containsExactly(Competency.MARKET_INSIGHT));
    }

    @Test
    void theComparisonPutsTheLargestGapsFirstOnTheAssessmentsScale() {
        long id = registered("coach").getId();
        Map<Competency, Integer> reference = new EnumMap<>(Competency.class);
        Map<Competency, Integer> first = new EnumMap<>(Competency.class);
        Map<Competency, Integer> latest = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            reference.put(c, 4);
            first.put(c, 2);
            latest.put(c, 4);
        }
        latest.put(Competency.NETWORKING, 1);
        latest.put(Competency.DECISIVENESS, 3);
        latest.put(Competency.PERSEVERANCE, 5);
        ReferenceProfile profile = profiles.set(new Scale(1, 5), reference, "test", COORDINATOR);
        assessments.record(id, LocalDate.now(clock).minusDays(30), new Scale(1, 5), first, COACH);
        Assessment last = assessments.record(id, LocalDate.now(clock), new Scale(1, 5), latest, COACH);

        Comparison comparison = assessments.latestComparison(id, profile, COACH).orElseThrow();

        assertThat(comparison.latest().getId()).isEqualTo(last.getId());
        assertThat(comparison.previous()).get().extracting(a -> a.getScores().get(Competency.NETWORKING))
                .isEqualTo(2);
        assertThat(comparison.gaps()).extracting(Gap::competency)
                .containsExactly(Competency.NETWORKING, Competency.DECISIVENESS);
        assertThat(comparison.gaps().get(0)).isEqualTo(new Gap(Competency.NETWORKING, 1, 4, 0.75));
        assertThat(assessments.comparison(last.getId(), profile, COACH).previous()).isPresent();
    }

    @Test
    void aPlanKeepsItsObjectivesAndActionsAndEveryVersion() {
        long id = registered("coach").getId();
        LocalDate today = LocalDate.now(clock);
        PlanDraft firstDraft = new PlanDraft(List.of(
                new ObjectiveDraft(Competency.NETWORKING, "Netwerk opbouwen", List.of(
                        new ActionDraft("Netwerkavond", today.plusDays(10), null),
                        new ActionDraft("Tien contacten", today.plusDays(30), null))),
                new ObjectiveDraft(null, "Prijs berekenen", List.of(
                        new ActionDraft("Kostprijs", today.plusDays(20), null)))), today);
        plans.record(id, firstDraft, COACH);
        DevelopmentPlan v1 = plans.of(id, COACH).get(0);
        PlanDraft next = new PlanDraft(List.of(new ObjectiveDraft(Competency.NETWORKING, "Netwerk opbouwen",
                List.of(new ActionDraft("Netwerkavond", today.plusDays(10), today))), v1.toDraft().objectives()
                .get(1)), today);
        plans.record(id, next, COACH);
        em.flush();
        em.clear();

        List<DevelopmentPlan> versions = plans.of(id, COACH);
        assertThat(versions).extracting(DevelopmentPlan::getVersion).containsExactly(2, 1);
        assertThat(versions.get(1).toDraft()).isEqualTo(firstDraft);
        assertThat(versions.get(0).getObjectives().get(0).getActions().get(0).isDone()).isTrue();
        assertThat(versions.get(0).getObjectives()).extracting(o -> o.getDescription())
                .containsExactly("Netwerk opbouwen", "Prijs berekenen");
    }

    @Test
    void documentsAreCheckedByTheirContentAndSizeAndShownWithoutIt() {
        Trajectory t = registered("coach");
        long candidateId = t.getCandidate().getId();
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

        DocumentSummary saved = documents.attach(candidateId, DocumentKind.BUSINESS_PLAN, "C:\\docs\\plan.pdf", pdf,
                COACH);

        assertThat(saved.fileName()).isEqualTo("plan.pdf");
        assertThat(saved.mediaType()).isEqualTo("application/pdf");
        assertThat(documents.of(candidateId, COACH)).extracting(DocumentSummary::id).containsExactly(saved.id());
        assertThat(documents.read(candidateId, saved.id(), COACH).getContent()).isEqualTo(pdf);
        assertThat(caseload.dossier(candidateId, COACH).timeline())
                .anyMatch(e -> e.getKind() == TimelineKind.DOCUMENT_ATTACHED);

        byte[] exe = "MZ\u0090\u0000 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> documents.attach(candidateId, DocumentKind.OTHER, "virus.pdf", exe, COACH))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TYPE));
        assertThatThrownBy(() -> documents.attach(candidateId, DocumentKind.OTHER, "script.sh", pdf, COACH))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TYPE));
        byte[] large = new byte[(int) documents.maxSize().toBytes() + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertThatThrownBy(() -> documents.attach(candidateId, DocumentKind.OTHER, "groot.pdf", large, COACH))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.TOO_LARGE));
        assertThatThrownBy(() -> documents.attach(candidateId, DocumentKind.OTHER, "leeg.pdf", new byte[0], COACH))
                .isInstanceOfSatisfying(DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.EMPTY));
        assertThatThrownBy(() -> documents.attach(candidateId, DocumentKind.OTHER, "plan.pdf", pdf, OFFICE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> documents.read(candidateId, saved.id(), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThat(documents.of(candidateId, COACH)).hasSize(1);
    }

    @Test
    void aCoachSeesTheMembersOfTheLearningGroupTheyLeadButNotOtherColleaguesCandidates() {
        Trajectory inGroup = registered("coach");
        Trajectory elsewhere = registered("coach");
        LearningGroup group = groups.create("Groep " + UUID.randomUUID(), "coach2", COORDINATOR);
        groups.place(inGroup.getId(), group.getId(), COORDINATOR);
        em.flush();

        assertThat(caseload.maySee(COACH2, inGroup)).isTrue();
        assertThat(caseload.maySee(COACH2, elsewhere)).isFalse();
        assertThat(caseload.visibility(COACH2).test(inGroup)).isTrue();
        assertThat(caseload.visibility(COACH2).test(elsewhere)).isFalse();
        assertThat(caseload.visibleTo(COACH2)).extracting(Trajectory::getId).contains(inGroup.getId())
                .doesNotContain(elsewhere.getId());
        assertThatThrownBy(() -> caseload.trajectory(elsewhere.getId(), COACH2))
                .isInstanceOf(NotInCaseloadException.class);
    }
}
