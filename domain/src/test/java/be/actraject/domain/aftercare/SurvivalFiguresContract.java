package be.actraject.domain.aftercare;

import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.Trajectory;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.ExitType;
import be.actraject.workflow.Phase;
import jakarta.persistence.EntityManager;
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

/**
 * The survival figures counted on a fixture of exits with known answers, thirty months back (and older) so that no
 * other test's exit (today) falls in the same rows. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest
@Transactional
abstract class SurvivalFiguresContract {

    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    AftercareContacts aftercare;
    @Autowired
    SurvivalFigures figures;

    private int year;
    private LocalDate exit;

    @BeforeEach
    void thirtyMonthsBack() {
        // Past the 24-month follow-up and before the 36-month one, in a year no exit of today falls in.
        exit = LocalDate.now(clock).minusMonths(30);
        year = exit.getYear();
    }

    /** An exit on the given day, backdated in the database: the service ends a trajectory today. */
    private long exited(ExitType type, LocalDate on) {
        String number = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Trajectory t = registration.register(candidate("Lena", "Peeters", number, clock), "coach", COORDINATOR);
        progress.enterPhase(t.getId(), Phase.INTAKE);
        progress.end(t.getId(), type, "fixture");
        entities.flush();
        jdbc.update("update trajectory set end_date = ? where id = ?", on, t.getId());
        entities.clear();
        return t.getId();
    }

    private void answered(long trajectory, int months, Situation situation) {
        LocalDate on = exit.plusMonths(months);
        aftercare.record(trajectory, "P" + months + "M", on, situation, on, null, COACH);
    }

    private SurvivalRow row(int exitYear, ExitType type) {
        return figures.perExitYearAndType().stream()
                .filter(r -> r.exitYear() == exitYear && r.exitType() == type).findFirst().orElseThrow();
    }

    /** A stop starts no aftercare: counted among the exits, never "unknown" at a moment no follow-up will answer. */
    @Test
    void aStopIsCountedAsAnExitButReachesNoMoment() {
        exited(ExitType.STOPPED, exit);
        exited(ExitType.STOPPED, exit);

        SurvivalRow row = row(year, ExitType.STOPPED);

        assertThat(row.exited()).isEqualTo(2);
        assertThat(row.moments()).allSatisfy(m -> assertThat(m).isEqualTo(new SurvivalMoment(0, 0, 0)));
    }

    @Test
    void survivalIsCountedPerExitYearAndTypeAmongThoseWhoAnsweredEachMoment() {
        long a = exited(ExitType.SELF_EMPLOYED, exit);
        long b = exited(ExitType.SELF_EMPLOYED, exit);
        long c = exited(ExitType.SELF_EMPLOYED, exit);
        long d = exited(ExitType.SELF_EMPLOYED, exit);
        answered(a, 3, Situation.SELF_EMPLOYED_ACTIVE);
        answered(a, 6, Situation.SELF_EMPLOYED_ACTIVE);
        answered(a, 12, Situation.IN_COOPERATIVE);
        answered(b, 3, Situation.SELF_EMPLOYED_ACTIVE);
        answered(b, 6, Situation.STOPPED);
        answered(b, 12, Situation.SALARIED);
        answered(c, 3, Situation.IN_COOPERATIVE);
        answered(c, 6, Situation.SELF_EMPLOYED_ACTIVE);
        answered(d, 3, Situation.SALARIED);
        answered(a, 24, Situation.SELF_EMPLOYED_ACTIVE);
        answered(b, 24, Situation.LOOKING_FOR_WORK);
        answered(c, 24, Situation.SELF_EMPLOYED_ACTIVE);

        SurvivalRow row = row(year, ExitType.SELF_EMPLOYED);

        assertThat(row.exited()).isEqualTo(4);
        assertThat(row.moments()).containsExactly(
                new SurvivalMoment(4, 4, 3),
                new SurvivalMoment(4, 3, 2),
                new SurvivalMoment(4, 2, 1),
                new SurvivalMoment(4, 3, 2),
                new SurvivalMoment(0, 0, 0));
        assertThat(row.moments().get(0).share()).isEqualTo(0.75);
        assertThat(row.moments().get(2).share()).isEqualTo(0.5);
        assertThat(row.moments().get(2).unknown()).isEqualTo(2);
        assertThat(row.moments().get(3).share()).isEqualTo(2.0 / 3);
        assertThat(row.moments().get(3).unknown()).isEqualTo(1);
        assertThat(row.moments().get(4).reached()).as("36 months after an exit 30 months ago").isFalse();
        assertThat(row.moments().get(4).unknown()).isZero();
    }

    @Test
    void aScheduleSpelledInYearsCountsAtTheSameMoment() {
        long t = exited(ExitType.SELF_EMPLOYED, exit);
        LocalDate on = exit.plusYears(2);
        aftercare.record(t, "P2Y", on, Situation.IN_COOPERATIVE, on, null, COACH);

        assertThat(row(year, ExitType.SELF_EMPLOYED).moments().get(3)).isEqualTo(new SurvivalMoment(1, 1, 1));
    }

    @Test
    void exitsWithoutAnyAnswerAreCountedAsUnknownNotAsStopped() {
        long coop = exited(ExitType.JOINED_COOPERATIVE, exit);
        answered(coop, 3, Situation.IN_COOPERATIVE);
        exited(ExitType.SELF_EMPLOYED, LocalDate.of(year - 2, 12, 31));

        assertThat(row(year, ExitType.JOINED_COOPERATIVE)).isEqualTo(new SurvivalRow(year,
                ExitType.JOINED_COOPERATIVE, 1, List.of(new SurvivalMoment(1, 1, 1), new SurvivalMoment(1, 0, 0),
                new SurvivalMoment(1, 0, 0), new SurvivalMoment(1, 0, 0), new SurvivalMoment(0, 0, 0))));
        SurvivalRow older = row(year - 2, ExitType.SELF_EMPLOYED);
        assertThat(older.exited()).isEqualTo(1);
        assertThat(older.moments()).allSatisfy(m -> {
            assertThat(m.reached()).isTrue();
            assertThat(m.unknown()).isEqualTo(1);
            assertThat(m.share()).isNull();
        });
    }

    @Test
    void theDossierReadsStillInBusinessFromTheLatestAnswer() {
        long t = exited(ExitType.SELF_EMPLOYED, exit);
        assertThat(StillInBusiness.of(aftercare.of(t, COACH))).isEqualTo(StillInBusiness.UNKNOWN);

        answered(t, 3, Situation.SELF_EMPLOYED_ACTIVE);
        answered(t, 6, Situation.STOPPED);

        assertThat(StillInBusiness.of(aftercare.of(t, COACH))).isEqualTo(StillInBusiness.NO);
        answered(t, 12, Situation.IN_COOPERATIVE);
        assertThat(StillInBusiness.of(aftercare.of(t, COACH))).isEqualTo(StillInBusiness.YES);
    }
}
