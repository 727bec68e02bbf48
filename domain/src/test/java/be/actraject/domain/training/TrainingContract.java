package be.actraject.domain.training;

import be.actraject.domain.access.NotInCaseloadException;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.agenda.Agenda;
import be.actraject.domain.agenda.AgendaItem;
import be.actraject.domain.assessment.Competency;
import be.actraject.domain.plan.ActionDraft;
import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.ObjectiveDraft;
import be.actraject.domain.plan.PlanAction;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COACH2;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of enrolling in a training module, each refusal writing nothing; run on H2 and PostgreSQL by the
 * subclasses.
 */
@SpringBootTest
@Transactional
abstract class TrainingContract {

    static final byte[] PDF = "%PDF-1.7 certificaat".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DOCX = {'P', 'K', 3, 4, 1, 2, 3};

    @Autowired
    Clock clock;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    TrainingProviders providers;
    @Autowired
    TrainingModules modules;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Attendances attendances;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Agenda agenda;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    PlanActions planActions;

    TrainingFixture training;

    @BeforeEach
    void fixture() {
        training = new TrainingFixture(providers, modules);
    }

    private Trajectory candidateIn(Phase phase) {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Jonas", "Maes", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        if (phase != Phase.INTAKE) {
            progress.enterPhase(t.getId(), phase);
        }
        return t;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long enrolmentsOf(Trajectory t) {
        return jdbc.queryForObject("select count(*) from training_enrolment where trajectory_id = ?", Long.class,
                t.getId());
    }

    private List<String> timelineOf(Trajectory t) {
        return jdbc.queryForList("select kind from timeline_entry where trajectory_id = ? and kind like 'TRAINING%'"
                + " order by id", String.class, t.getId());
    }

    @Test
    void aFreeModuleIsAgreedAtOnceAttendedAndCompletedWithItsCertificateInTheDossier() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        TrainingModule module = training.onDemand("0", null);

        Enrolment e = enrolments.enrol(t.getCandidate().getId(), module.getId(), null, COACH);
        attendances.recordAttendance(e.getId(), true, COACH);
        attendances.complete(e.getId(), "attest.pdf", PDF, COACH);

        assertThat(e.getState()).isEqualTo(EnrolmentState.COMPLETED);
        assertThat(e.getDecidedBy()).isEqualTo("coach");
        assertThat(jdbc.queryForObject("select kind from candidate_document where id = ?", String.class,
                e.getCertificateId())).isEqualTo("CERTIFICATE");
        assertThat(timelineOf(t)).containsExactly("TRAINING_REQUESTED", "TRAINING_AGREED", "TRAINING_ATTENDED",
                "TRAINING_COMPLETED");
    }

    @Test
    void aModuleThatCostsMoneyWaitsForTheCoordinatorAndCannotBeAttendedBeforeAgreement() {
        Trajectory t = candidateIn(Phase.PROSPECTING);
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("145.00", null).getId(), null,
                COACH);

        assertThat(e.getState()).isEqualTo(EnrolmentState.REQUESTED);
        assertThatThrownBy(() -> attendances.recordAttendance(e.getId(), true, COACH))
                .isInstanceOf(EnrolmentNotAgreedException.class);
        assertThat(e.getState()).isEqualTo(EnrolmentState.REQUESTED);
        assertThatThrownBy(() -> enrolments.decide(e.getId(), true, null, COACH)).isInstanceOf(NotPermittedException.class);

        enrolments.decide(e.getId(), true, null, COORDINATOR);
        attendances.recordAttendance(e.getId(), false, COACH);

        assertThat(e.getState()).isEqualTo(EnrolmentState.ABSENT);
        assertThat(e.getDecidedBy()).isEqualTo("coordinator");
    }

    @Test
    void aRefusedEnrolmentCannotBeAttended() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("80", null).getId(), null, COACH);
        enrolments.decide(e.getId(), false, "budget spent", COORDINATOR);

        assertThatThrownBy(() -> attendances.recordAttendance(e.getId(), true, COACH))
                .isInstanceOf(AttendanceOfRefusedEnrolmentException.class);
        assertThat(timelineOf(t)).containsExactly("TRAINING_REQUESTED", "TRAINING_REFUSED");
    }

    /** A forged post on a refused enrolment of a moment still to come is told the refusal, not the moment's date. */
    @Test
    void attendanceOfARefusedEnrolmentInAComingMomentIsRefusedAsRefusedNotAsNotStarted() {
        Trajectory t = candidateIn(Phase.PROSPECTING);
        TrainingModule paid = modules.create(new ModuleDraft("Verkopen op markten", training.provider().getId(),
                Set.of(), false, "Gent", false, new BigDecimal("80"), Payer.COOPERATIVE, null), COORDINATOR);
        TrainingMoment next = modules.addMoment(paid.getId(), LocalDate.now(clock).plusDays(7),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0), COORDINATOR);
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), paid.getId(), next.getId(), COACH);
        enrolments.decide(e.getId(), false, "budget spent", COORDINATOR);

        assertThatThrownBy(() -> attendances.recordAttendance(e.getId(), true, COACH))
                .isInstanceOfSatisfying(AttendanceOfRefusedEnrolmentException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("training.refused.attendanceOfRefused");
                    assertThat(refused.messageArguments()).containsExactly("Verkopen op markten");
                });
        assertThat(e.getState()).isEqualTo(EnrolmentState.REFUSED);
    }

    @Test
    void aFullModuleIsRefusedAndARefusedEnrolmentFreesItsSeat() {
        TrainingMoment moment = training.datedOn(today().plusDays(10), 1);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(moment)).findFirst()
                .orElseThrow().getId();
        Trajectory first = candidateIn(Phase.EXPLORATION);
        Trajectory second = candidateIn(Phase.EXPLORATION);
        enrolments.enrol(first.getCandidate().getId(), moduleId, moment.getId(), COACH);

        assertThatThrownBy(() -> enrolments.enrol(second.getCandidate().getId(), moduleId, moment.getId(), COACH))
                .isInstanceOf(ModuleFullException.class);
        assertThat(enrolmentsOf(second)).isZero();
        assertThat(timelineOf(second)).isEmpty();
    }

    @Test
    void aModuleWithEnrolmentsKeepsEnoughSeatsAndItsMoments() {
        TrainingMoment moment = training.datedOn(today().plusDays(10), 3);
        TrainingModule module = modules.all().stream().filter(m -> m.getMoments().contains(moment)).findFirst()
                .orElseThrow();
        enrolments.enrol(candidateIn(Phase.EXPLORATION).getCandidate().getId(), module.getId(), moment.getId(), COACH);
        enrolments.enrol(candidateIn(Phase.EXPLORATION).getCandidate().getId(), module.getId(), moment.getId(), COACH);

        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, false, module.getCost(), 1), COORDINATOR))
                .isInstanceOfSatisfying(ModuleChangeException.class, e -> assertThat(e.conflict())
                        .isEqualTo(ModuleChangeException.Conflict.SEATS_BELOW_ENROLLED));
        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, true, module.getCost(), 3), COORDINATOR))
                .isInstanceOfSatisfying(ModuleChangeException.class, e -> assertThat(e.conflict())
                        .isEqualTo(ModuleChangeException.Conflict.ON_DEMAND_WITH_ENROLMENTS));
        assertThat(module.getSeats()).isEqualTo(3);
        assertThat(module.isOnDemand()).isFalse();

        modules.change(module.getId(), changed(module, false, module.getCost(), 2), COORDINATOR);
        assertThat(module.getSeats()).isEqualTo(2);
    }

    @Test
    void theCostOfAModuleStaysWhileAnEnrolmentWaitsForApproval() {
        TrainingModule module = training.onDemand("145.00", null);
        enrolments.enrol(candidateIn(Phase.PROSPECTING).getCandidate().getId(), module.getId(), null, COACH);

        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, true, BigDecimal.ZERO, null),
                COORDINATOR)).isInstanceOfSatisfying(ModuleChangeException.class, e -> assertThat(e.conflict())
                        .isEqualTo(ModuleChangeException.Conflict.APPROVAL_PENDING));
        assertThat(module.getCost()).isEqualByComparingTo("145.00");

        modules.change(module.getId(), changed(module, true, module.getCost(), 5), COORDINATOR);
        assertThat(module.getSeats()).isEqualTo(5);
    }

    @Test
    void theCostAndPayerOfAModuleStayOnceAnEnrolmentWasDecidedOnThem() {
        TrainingModule module = training.onDemand("145.00", null);
        Enrolment agreed = enrolments.enrol(candidateIn(Phase.PROSPECTING).getCandidate().getId(), module.getId(),
                null, COACH);
        enrolments.decide(agreed.getId(), true, null, COORDINATOR);

        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, true, new BigDecimal("600.00"), null),
                COORDINATOR)).isInstanceOfSatisfying(ModuleChangeException.class, e -> assertThat(e.conflict())
                        .isEqualTo(ModuleChangeException.Conflict.TERMS_DECIDED));
        assertThat(module.getCost()).isEqualByComparingTo("145.00");

        modules.change(module.getId(), changed(module, true, module.getCost(), 4), COORDINATOR);
        assertThat(module.getSeats()).as("what does not touch the terms still changes").isEqualTo(4);
    }

    /**
     * An enrolment on demand has no moment: a module with such enrolments still standing (or standing again once an
     * absence is taken back) does not become dated; refused, withdrawn and completed ones are history and do not
     * count. Its refusals name no moment.
     */
    @Test
    void aModuleOnDemandWithEnrolmentsStandingIsNotMadeDated() {
        TrainingModule module = training.onDemand("250", 3);
        Trajectory asked = candidateIn(Phase.EXPLORATION);
        Enrolment requested = enrolments.enrol(asked.getCandidate().getId(), module.getId(), null, COACH);
        Enrolment missed = enrolments.enrol(candidateIn(Phase.EXPLORATION).getCandidate().getId(), module.getId(),
                null, COACH);
        enrolments.decide(missed.getId(), true, null, COORDINATOR);
        attendances.recordAttendance(missed.getId(), false, COACH);
        Enrolment third = enrolments.enrol(candidateIn(Phase.EXPLORATION).getCandidate().getId(), module.getId(),
                null, COACH);

        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, false, module.getCost(), 3),
                COORDINATOR)).isInstanceOfSatisfying(ModuleChangeException.class, e -> {
                    assertThat(e.conflict()).isEqualTo(ModuleChangeException.Conflict.DATED_WITH_ENROLMENTS);
                    assertThat(e.messageArguments()).containsExactly(module.getTitle(), 3L);
                });
        assertThat(module.isOnDemand()).isTrue();
        assertThatThrownBy(() -> enrolments.enrol(asked.getCandidate().getId(), module.getId(), null, COACH))
                .isInstanceOfSatisfying(AlreadyEnrolledException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("training.refused.alreadyEnrolled.onDemand"));
        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, true, module.getCost(), 1),
                COORDINATOR)).isInstanceOfSatisfying(ModuleChangeException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("training.refused.change.SEATS_BELOW_ENROLLED.onDemand"));

        enrolments.decide(requested.getId(), false, "Te duur", COORDINATOR);
        enrolments.decide(third.getId(), false, "Te duur", COORDINATOR);
        assertThatThrownBy(() -> modules.change(module.getId(), changed(module, false, module.getCost(), 3),
                COORDINATOR)).isInstanceOf(ModuleChangeException.class);
        attendances.undoAttendance(missed.getId(), "Verkeerde knop", COACH);
        attendances.recordAttendance(missed.getId(), true, COACH);
        attendances.complete(missed.getId(), "attest.pdf", PDF, COACH);

        modules.change(module.getId(), changed(module, false, module.getCost(), 3), COORDINATOR);
        assertThat(module.isOnDemand()).isFalse();
    }

    private static ModuleDraft changed(TrainingModule m, boolean onDemand, BigDecimal cost, Integer seats) {
        return new ModuleDraft(m.getTitle(), m.getProvider().getId(), m.getCompetencies(), onDemand, m.getPlace(),
                m.isHeldOnline(), cost, m.getPayer(), seats);
    }

    @Test
    void aFullModuleOnDemandIsRefusedWhateverMomentTheRequestNames() {
        long moduleId = training.onDemand("0", 1).getId();
        Trajectory first = candidateIn(Phase.PROSPECTING);
        Trajectory second = candidateIn(Phase.PROSPECTING);
        enrolments.enrol(first.getCandidate().getId(), moduleId, null, COACH);

        assertThatThrownBy(() -> enrolments.enrol(second.getCandidate().getId(), moduleId, 999_999L, COACH))
                .isInstanceOf(ModuleFullException.class);
        assertThat(enrolmentsOf(second)).isZero();
    }

    @Test
    void aSecondEnrolmentInTheSameModuleOnDemandIsRefusedUntilTheFirstIsRefused() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        long moduleId = training.onDemand("250", null).getId();
        Enrolment first = enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH);

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH))
                .isInstanceOf(AlreadyEnrolledException.class);
        assertThat(enrolmentsOf(t)).isOne();
        assertThat(timelineOf(t)).containsExactly("TRAINING_REQUESTED");

        enrolments.decide(first.getId(), false, "Te duur", COORDINATOR);
        enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH);
        assertThat(enrolmentsOf(t)).isEqualTo(2);
    }

    @Test
    void aSecondEnrolmentInTheSameMomentIsRefusedButAnotherMomentOfTheModuleIsNot() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        TrainingMoment moment = training.datedOn(today().plusDays(10), null);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(moment)).findFirst()
                .orElseThrow().getId();
        TrainingMoment later = modules.addMoment(moduleId, today().plusDays(20), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0), COORDINATOR);
        enrolments.enrol(t.getCandidate().getId(), moduleId, moment.getId(), COACH);

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, moment.getId(), COACH))
                .isInstanceOf(AlreadyEnrolledException.class);
        enrolments.enrol(t.getCandidate().getId(), moduleId, later.getId(), COACH);
        assertThat(enrolmentsOf(t)).isEqualTo(2);
    }

    @Test
    void anEnrolmentOutsideExplorationAndProspectingIsRefused() {
        Trajectory t = candidateIn(Phase.INTAKE);
        long moduleId = training.onDemand("0", null).getId();

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH))
                .isInstanceOf(EnrolmentOutsidePhaseException.class);
        assertThat(enrolmentsOf(t)).isZero();
    }

    @Test
    void anEnrolmentInAMomentThatStartedEarlierTodayIsRefused() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        TrainingModule module = modules.create(new ModuleDraft("Starterscursus", training.provider().getId(),
                Set.of(Competency.MARKET_INSIGHT), false, "Unizo Gent", false, BigDecimal.ZERO, Payer.THIRD_PARTY,
                null), COORDINATOR);
        // Started at midnight: the day is today, not past, yet the moment is under way.
        TrainingMoment started = modules.addMoment(module.getId(), today(), java.time.LocalTime.MIDNIGHT,
                java.time.LocalTime.of(23, 59), COORDINATOR);

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), module.getId(), started.getId(), COACH))
                .isInstanceOf(ModuleDatePassedException.class);
        assertThat(enrolmentsOf(t)).isZero();
    }

    @Test
    void anEnrolmentAfterTheModulesDateOrWithoutItsMomentIsRefused() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        TrainingMoment yesterday = training.datedOn(today().minusDays(1), null);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(yesterday)).findFirst()
                .orElseThrow().getId();

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, yesterday.getId(), COACH))
                .isInstanceOf(ModuleDatePassedException.class);
        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH))
                .isInstanceOf(MomentRequiredException.class);
        assertThat(enrolmentsOf(t)).isZero();
    }

    @Test
    void aCertificateThatIsNotAPdfOrAnImageIsRefusedAndNothingIsAttached() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("0", null).getId(), null, COACH);
        attendances.recordAttendance(e.getId(), true, COACH);

        assertThatThrownBy(() -> attendances.complete(e.getId(), "attest.docx", DOCX, COACH))
                .isInstanceOf(CertificateTypeException.class);
        assertThat(e.getState()).isEqualTo(EnrolmentState.ATTENDED);
        assertThat(jdbc.queryForObject("select count(*) from candidate_document where candidate_id = ?", Long.class,
                t.getCandidate().getId())).isZero();
    }

    @Test
    void aColleagueCannotEnrolTheCoachsCandidateNorACoachKeepTheCatalogue() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        long moduleId = training.onDemand("0", null).getId();

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, null, COACH2))
                .isInstanceOf(NotInCaseloadException.class);
        assertThatThrownBy(() -> modules.change(moduleId, null, COACH)).isInstanceOf(NotPermittedException.class);
        assertThat(enrolmentsOf(t)).isZero();
    }

    @Test
    void theMomentOfAModuleTheCandidateIsEnrolledInIsInTheCoachsAgendaNotAColleagues() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        TrainingMoment moment = training.datedOn(today().plusDays(3), null);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(moment)).findFirst()
                .orElseThrow().getId();
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), moduleId, moment.getId(), COACH);

        List<AgendaItem> coachs = agenda.between(COACH, today(), today().plusDays(7), List.of());

        assertThat(coachs).filteredOn(i -> i.uid().equals("training-" + e.getId())).singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(AgendaItem.Kind.TRAINING_MOMENT);
                    assertThat(i.day()).isEqualTo(today().plusDays(3));
                    assertThat(i.startsAt()).isEqualTo(today().plusDays(3).atTime(9, 0).atZone(clock.getZone())
                            .toInstant());
                    assertThat(i.detail()).isEqualTo("Starterscursus");
                    // Where and by whom, for the calendar feed's LOCATION and DESCRIPTION.
                    assertThat(i.place()).isEqualTo("Unizo Gent");
                    assertThat(i.online()).isFalse();
                    assertThat(i.about()).startsWith("Syntra ");
                    assertThat(i.candidateId()).isEqualTo(t.getCandidate().getId());
                });
        assertThat(agenda.between(COACH2, today(), today().plusDays(7), List.of()))
                .noneMatch(i -> i.uid().equals("training-" + e.getId()));
        assertThat(agenda.between(COACH, today().plusDays(4), today().plusDays(7), List.of()))
                .noneMatch(i -> i.uid().equals("training-" + e.getId()));
    }

    @Test
    void anEnrolmentFromAPopActionMarksTheActionDoneWhenTheModuleIsAttended() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        plans.record(t.getId(), PlanDraft.single("Zicht krijgen op de cijfers", "Volg Boekhouden voor starters",
                today()), COACH);
        long action = planActions.open(t.getId()).get(0).getId();
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("0", null).getId(), null, action,
                COACH);

        assertThat(planActions.open(t.getId())).extracting(PlanAction::getId).containsExactly(action);
        attendances.recordAttendance(e.getId(), true, COACH);

        assertThat(planActions.open(t.getId())).isEmpty();
        assertThat(plans.of(t.getId(), COACH).get(0).getObjectives().get(0).getActions().get(0).getDoneOn())
                .isEqualTo(today());
        assertThat(timelineOf(t)).contains("TRAINING_ATTENDED");
        assertThat(jdbc.queryForObject("select count(*) from timeline_entry where trajectory_id = ?"
                + " and kind = 'PLAN_ACTION_DONE'", Long.class, t.getId())).isOne();
    }

    @Test
    void anEnrolmentFromAPopActionMarksItDoneAlsoWhenTheCoachSavedANewVersionOfThePlanSince() {
        Trajectory t = candidateIn(Phase.EXPLORATION);
        plans.record(t.getId(), new PlanDraft(List.of(
                new ObjectiveDraft(null, "Zicht krijgen op de cijfers", List.of(
                        new ActionDraft("Volg Boekhouden voor starters", today().plusWeeks(2), null))),
                new ObjectiveDraft(null, "Netwerken", List.of(
                        new ActionDraft("Volg Boekhouden voor starters", today().plusWeeks(4), null)))), today()),
                COACH);
        long action = planActions.open(t.getId()).get(0).getId();
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("0", null).getId(), null, action,
                COACH);
        // The next version: the same objectives and actions, each under a new id.
        plans.record(t.getId(), plans.of(t.getId(), COACH).get(0).toDraft(), COACH);
        assertThat(planActions.open(t.getId())).extracting(PlanAction::getId).doesNotContain(action).hasSize(2);

        attendances.recordAttendance(e.getId(), true, COACH);

        var latest = plans.of(t.getId(), COACH).get(0);
        assertThat(latest.getVersion()).isEqualTo(2);
        assertThat(latest.getObjectives().get(0).getActions().get(0).getDoneOn()).isEqualTo(today());
        assertThat(latest.getObjectives().get(1).getActions().get(0).getDoneOn())
                .as("the same words in another objective are another action").isNull();
    }

    @Test
    void anEnrolmentForAnActionOfAnotherCandidatesPlanIsRefused() {
        Trajectory other = candidateIn(Phase.EXPLORATION);
        plans.record(other.getId(), PlanDraft.single("Netwerken", "Volg een module", today()), COACH);
        long othersAction = planActions.open(other.getId()).get(0).getId();
        Trajectory t = candidateIn(Phase.EXPLORATION);
        long moduleId = training.onDemand("0", null).getId();

        assertThatThrownBy(() -> enrolments.enrol(t.getCandidate().getId(), moduleId, null, othersAction, COACH))
                .isInstanceOf(PlanActionNotOpenException.class);
        assertThat(enrolmentsOf(t)).isZero();
    }

    @Test
    void aMomentThatEndsBeforeItStartsIsRefused() {
        long moduleId = training.onDemand("0", null).getId();

        assertThatThrownBy(() -> modules.addMoment(moduleId, today(), java.time.LocalTime.of(12, 0),
                java.time.LocalTime.of(9, 0), COORDINATOR)).isInstanceOf(MomentTimesException.class);
    }

    /** Issue 17: the same moment twice would be listed twice and offer its seats twice. */
    @Test
    void aSecondMomentAtTheSameStartIsRefusedButAnotherStartThatDayIsNot() {
        TrainingMoment first = training.datedOn(today().plusDays(10), 12);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(first)).findFirst()
                .orElseThrow().getId();

        assertThatThrownBy(() -> modules.addMoment(moduleId, first.getHeldOn(), first.getStartTime(),
                first.getEndTime(), COORDINATOR)).isInstanceOfSatisfying(DuplicateMomentException.class,
                e -> assertThat(e.messageKey()).isEqualTo("training.moment.duplicate"));
        assertThatThrownBy(() -> modules.addMoment(moduleId, first.getHeldOn(), first.getStartTime(),
                java.time.LocalTime.of(17, 0), COORDINATOR)).isInstanceOf(DuplicateMomentException.class);
        modules.addMoment(moduleId, first.getHeldOn(), java.time.LocalTime.of(13, 30), java.time.LocalTime.of(16, 0),
                COORDINATOR);
        modules.addMoment(moduleId, first.getHeldOn().plusDays(1), first.getStartTime(), first.getEndTime(),
                COORDINATOR);

        assertThat(modules.get(moduleId).getMoments()).hasSize(3);
    }

    @Test
    void theDatabaseRefusesASecondMomentAtTheSameStartWhenTheCheckIsBypassed() {
        TrainingMoment first = training.datedOn(today().plusDays(10), 12);
        long moduleId = modules.all().stream().filter(m -> m.getMoments().contains(first)).findFirst()
                .orElseThrow().getId();

        assertThatThrownBy(() -> jdbc.update("insert into training_moment (module_id, held_on, start_time, end_time)"
                + " values (?, ?, ?, ?)", moduleId, first.getHeldOn(), first.getStartTime(), first.getEndTime()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
