package be.actraject.domain.training;

import be.actraject.domain.plan.DevelopmentPlans;
import be.actraject.domain.plan.PlanAction;
import be.actraject.domain.plan.PlanActions;
import be.actraject.domain.plan.PlanDraft;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Caseload;
import be.actraject.domain.trajectory.CorrectionReasons;
import be.actraject.domain.trajectory.CorrectionRefusedException;
import be.actraject.domain.trajectory.TimelineKind;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static be.actraject.domain.fixtures.Fixtures.COACH;
import static be.actraject.domain.fixtures.Fixtures.COORDINATOR;
import static be.actraject.domain.fixtures.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coach who pressed the wrong button takes an attendance or absence back, with a reason that the timeline shows
 * like a coordinator's corrections; and an absent candidate holds no seat. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
abstract class AttendanceCorrectionContract {

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
    DevelopmentPlans plans;
    @Autowired
    PlanActions planActions;
    @Autowired
    Caseload caseload;
    @Autowired
    CorrectionReasons reasons;
    @Autowired
    JdbcTemplate jdbc;

    TrainingFixture training;

    @BeforeEach
    void fixture() {
        training = new TrainingFixture(providers, modules);
    }

    private Trajectory exploring() {
        String number = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lotte", "Peeters", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.enterPhase(t.getId(), Phase.EXPLORATION);
        return t;
    }

    private List<String> timelineOf(Trajectory t) {
        return jdbc.queryForList("select kind from timeline_entry where trajectory_id = ?"
                + " and (kind like 'TRAINING%' or kind like 'PLAN_ACTION%') order by id", String.class, t.getId());
    }

    private Enrolment agreedIn(Trajectory t, TrainingModule module) {
        return enrolments.enrol(t.getCandidate().getId(), module.getId(), null, COACH);
    }

    @Test
    void anAbsenceTakenBackIsEnrolledAgainWithItsReasonBesideTheTimelineLine() {
        Trajectory t = exploring();
        Enrolment e = agreedIn(t, training.onDemand("0", null));
        attendances.recordAttendance(e.getId(), false, COACH);

        attendances.undoAttendance(e.getId(), "  Verkeerde knop: ze was er wel  ", COACH);

        assertThat(e.getState()).isEqualTo(EnrolmentState.AGREED);
        assertThat(e.getAttendanceBy()).isNull();
        assertThat(timelineOf(t)).containsExactly("TRAINING_REQUESTED", "TRAINING_AGREED", "TRAINING_ABSENT",
                "TRAINING_ATTENDANCE_UNDONE");
        var dossier = caseload.dossier(t.getCandidate().getId(), COACH);
        long undoneLine = dossier.timeline().stream()
                .filter(l -> l.getKind() == TimelineKind.TRAINING_ATTENDANCE_UNDONE).findFirst().orElseThrow().getId();
        assertThat(reasons.of(dossier)).containsEntry(undoneLine, "Verkeerde knop: ze was er wel");

        attendances.recordAttendance(e.getId(), true, COACH);
        assertThat(e.getState()).isEqualTo(EnrolmentState.ATTENDED);
    }

    @Test
    void anAttendanceTakenBackOpensThePopActionItClosedAgain() {
        Trajectory t = exploring();
        plans.record(t.getId(), PlanDraft.single("Zicht op de cijfers", "Volg Boekhouden voor starters",
                LocalDate.now(clock)), COACH);
        long action = planActions.open(t.getId()).get(0).getId();
        Enrolment e = enrolments.enrol(t.getCandidate().getId(), training.onDemand("0", null).getId(), null, action,
                COACH);
        attendances.recordAttendance(e.getId(), true, COACH);
        assertThat(planActions.open(t.getId())).isEmpty();

        attendances.undoAttendance(e.getId(), "Verkeerde kandidaat aangeklikt", COACH);

        assertThat(e.getState()).isEqualTo(EnrolmentState.AGREED);
        assertThat(planActions.open(t.getId())).extracting(PlanAction::getId).containsExactly(action);
        assertThat(timelineOf(t)).endsWith("TRAINING_ATTENDED", "PLAN_ACTION_DONE", "TRAINING_ATTENDANCE_UNDONE",
                "PLAN_ACTION_REOPENED");
    }

    @Test
    void aCompletedModuleIsNotTakenBackAndNothingIsWritten() {
        Trajectory t = exploring();
        Enrolment e = agreedIn(t, training.onDemand("0", null));
        attendances.recordAttendance(e.getId(), true, COACH);
        attendances.complete(e.getId(), "attest.pdf", TrainingContract.PDF, COACH);

        assertThatThrownBy(() -> attendances.undoAttendance(e.getId(), "Vergissing", COACH))
                .isInstanceOf(EnrolmentStepException.class);
        assertThat(e.getState()).isEqualTo(EnrolmentState.COMPLETED);
        assertThat(timelineOf(t)).doesNotContain("TRAINING_ATTENDANCE_UNDONE");
    }

    @Test
    void takingBackWithoutAReasonOrWithNothingRecordedIsRefused() {
        Trajectory t = exploring();
        Enrolment e = agreedIn(t, training.onDemand("0", null));

        assertThatThrownBy(() -> attendances.undoAttendance(e.getId(), "Vergissing", COACH))
                .isInstanceOf(EnrolmentStepException.class);
        attendances.recordAttendance(e.getId(), false, COACH);
        assertThatThrownBy(() -> attendances.undoAttendance(e.getId(), "   ", COACH))
                .isInstanceOf(CorrectionRefusedException.class);
        assertThat(e.getState()).isEqualTo(EnrolmentState.ABSENT);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where kind = 'TRAINING_ATTENDANCE_CORRECTED'"
                + " and reference = ?", Long.class, String.valueOf(t.getId()))).isZero();
    }

    @Test
    void anAbsentCandidateHoldsNoSeatAndIsCountedApartOnTheCoordinatorsList() {
        TrainingModule module = training.onDemand("0", 2);
        Trajectory came = exploring();
        Trajectory stayedAway = exploring();
        attendances.recordAttendance(agreedIn(came, module).getId(), true, COACH);
        attendances.recordAttendance(agreedIn(stayedAway, module).getId(), false, COACH);

        ModuleOverview overview = modules.overview().stream().filter(o -> o.module().getId().equals(module.getId()))
                .findFirst().orElseThrow();

        assertThat(overview.enrolled()).isOne();
        assertThat(overview.absent()).isOne();
        assertThat(overview.seatsLeft()).isOne();
    }

    @Test
    void anAbsenceIsNotTakenBackOnceItsFreedSeatWentToSomeoneElse() {
        TrainingModule module = training.onDemand("0", 1);
        Trajectory stayedAway = exploring();
        Enrolment absent = agreedIn(stayedAway, module);
        attendances.recordAttendance(absent.getId(), false, COACH);
        agreedIn(exploring(), module);

        assertThatThrownBy(() -> attendances.undoAttendance(absent.getId(), "Vergissing", COACH))
                .isInstanceOf(ModuleFullException.class);
        assertThat(absent.getState()).isEqualTo(EnrolmentState.ABSENT);
    }
}
