package be.actraject.domain;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.candidate.CandidateDetails;
import be.actraject.domain.candidate.DuplicateJobSeekerNumberException;
import be.actraject.domain.conversation.ConversationDateOutOfRangeException;
import be.actraject.domain.conversation.IndividualConversations;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.Dossier;
import be.actraject.domain.trajectory.TimelineEntry;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.OFFICE;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static be.actraject.domain.fixtures.Fixtures.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain services against a real database, written once and run on H2 and on PostgreSQL by the subclasses:
 * the Flyway migrations, the mappings and the queries must behave the same on both.
 */
@SpringBootTest
@Transactional
@Tag("dates")
abstract class DomainServicesContract {

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    Caseload caseload;
    @Autowired
    IndividualConversations conversations;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    EntityManager em;

    @Test
    void registrationOpensATrajectoryWithItsHistory() {
        Trajectory t = registration.register(candidate("Lotte", "Peeters", "VDAB1001", clock), "coach", COORDINATOR);
        em.flush();
        em.clear();

        Dossier dossier = caseload.dossier(t.getCandidate().getId(), COORDINATOR);

        assertThat(dossier.candidate().fullName()).isEqualTo("Lotte Peeters");
        assertThat(dossier.current()).get().extracting(Trajectory::getCoach).isEqualTo("coach");
        assertThat(dossier.timeline()).extracting(TimelineEntry::getKind)
                .containsExactlyInAnyOrder(TimelineKind.REGISTERED, TimelineKind.COACH_ASSIGNED);
    }

    @Test
    void aSecondRegistrationWithTheSameJobSeekerNumberIsRefused() {
        registration.register(candidate("Lotte", "Peeters", "VDAB1002", clock), null, COACH);

        assertThatThrownBy(() -> registration.register(candidate("Lotte", "Peters", "vdab1002", clock), null, COACH))
                .isInstanceOf(DuplicateJobSeekerNumberException.class);
    }

    @Test
    void officeStaffCannotRegisterCandidates() {
        assertThatThrownBy(() -> registration.register(candidate("Jens", "Maes", "VDAB1003", clock), null, OFFICE))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void registrationWithoutAnyContactIsRefused() {
        CandidateDetails c = candidate("Jens", "Maes", "VDAB1004", clock);
        CandidateDetails noContact = new CandidateDetails(c.firstName(), c.lastName(), " ", "", c.street(),
                c.postalCode(), c.municipality(), c.dateOfBirth(), c.jobSeekerNumber(), c.dateOfEntry(),
                c.businessIdea());

        assertThatThrownBy(() -> registration.register(noContact, null, COACH))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("contact");
    }

    @Test
    void aCoachSeesOwnAndUnassignedCandidatesButNotAColleaguesOnes() {
        Trajectory mine = registration.register(candidate("An", "Janssens", "VDAB1005", clock), "coach", COACH);
        Trajectory pool = registration.register(candidate("Bram", "Wouters", "VDAB1006", clock), null, COACH);
        Trajectory theirs = registration.register(candidate("Cas", "Claes", "VDAB1007", clock), "coach2", COACH2);

        assertThat(caseload.visibleTo(COACH)).contains(mine, pool).doesNotContain(theirs);
        assertThat(caseload.visibleTo(COORDINATOR)).contains(mine, pool, theirs);
        assertThatThrownBy(() -> caseload.dossier(theirs.getCandidate().getId(), COACH))
                .isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void enteringAPhaseClosesThePreviousOneAndIsRecordedOnce() {
        Trajectory t = registration.register(candidate("Dirk", "Mertens", "VDAB1008", clock), "coach", COACH);

        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.enterPhase(t.getId(), Phase.EXPLORATION);
        em.flush();
        em.clear();

        Trajectory reread = caseload.dossier(t.getCandidate().getId(), COACH).current().orElseThrow();
        assertThat(reread.getPhase()).isEqualTo(Phase.EXPLORATION);
        assertThat(reread.getPhases()).hasSize(2);
        assertThat(reread.getPhases().get(0).getEndedOn()).isNotNull();
        assertThat(reread.getPhases().get(1).getEndedOn()).isNull();
    }

    @Test
    void theFirstPhaseBeginsOnTheDateOfEntry() {
        Trajectory t = registration.register(candidate("Jonas", "Peeters", "VDAB1014", clock), "coach", COACH);

        progress.enterPhase(t.getId(), Phase.INTAKE);

        Trajectory reread = caseload.trajectory(t.getId(), COACH);
        assertThat(reread.getPhases().get(0).getStartedOn()).isEqualTo(t.getStartDate());
        assertThat(reread.daysInPhase(LocalDate.now(clock))).isEqualTo(4);
    }

    @Test
    void theFirstCoachToTakeOverAnUnassignedTrajectoryBecomesItsCoach() {
        Trajectory t = registration.register(candidate("Els", "Jacobs", "VDAB1009", clock), null, COORDINATOR);

        assertThat(progress.takeOver(t.getId(), "coach2")).isTrue();
        assertThat(progress.takeOver(t.getId(), "coach")).isFalse();
        assertThat(caseload.trajectory(t.getId(), COORDINATOR).getCoach()).isEqualTo("coach2");
    }

    @Test
    void aConversationIsRecordedInThePhaseOfTheTrajectory() {
        Trajectory t = registration.register(candidate("Fien", "Willems", "VDAB1010", clock), "coach", COACH);
        progress.enterPhase(t.getId(), Phase.INTAKE);

        conversations.record(t.getId(), conversation(LocalDate.now(clock)), COACH);

        assertThat(conversations.of(t.getId(), COACH)).singleElement()
                .satisfies(c -> assertThat(c.getPhase()).isEqualTo(Phase.INTAKE));
    }

    /** Issue 17: one window, the start up to today, and one refusal naming both days whatever the day. */
    @Test
    void aConversationBeforeTheStartInTheFutureOrYearsOffIsRefusedNamingBothDays() {
        Trajectory t = registration.register(candidate("Gert", "Goossens", "VDAB1011", clock), "coach", COACH);
        LocalDate today = LocalDate.now(clock);

        for (LocalDate day : java.util.List.of(t.getStartDate().minusDays(1), today.plusDays(1),
                LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31))) {
            assertThatThrownBy(() -> conversations.record(t.getId(), conversation(day), COACH)).as(day.toString())
                    .isInstanceOfSatisfying(ConversationDateOutOfRangeException.class, e -> {
                        assertThat(e.startDate()).isEqualTo(t.getStartDate());
                        assertThat(e.today()).isEqualTo(today);
                    });
        }
        assertThat(conversations.of(t.getId(), COACH)).isEmpty();
    }

    @Test
    void aCoachCannotRecordAConversationForAColleaguesCandidate() {
        Trajectory t = registration.register(candidate("Hanne", "Vermeulen", "VDAB1012", clock), "coach2", COORDINATOR);

        assertThatThrownBy(() -> conversations.record(t.getId(), conversation(LocalDate.now(clock)), COACH))
                .isInstanceOf(NotInCaseloadException.class);
    }

    @Test
    void everyPlanIsANewVersion() {
        Trajectory t = registration.register(candidate("Ines", "De Smet", "VDAB1013", clock), "coach", COACH);
        PlanDraft draft = PlanDraft.single("Zelfkennis versterken", "Netwerkavond bijwonen", LocalDate.now(clock));

        plans.record(t.getId(), draft, COACH);
        plans.record(t.getId(), draft, COACH);

        assertThat(plans.of(t.getId(), COACH)).extracting(p -> p.getVersion()).containsExactly(2, 1);
    }
}
