package be.actraject.domain.figures;

import be.actraject.domain.fixtures.MovableClock;
import be.actraject.domain.DomainTestApplication;
import be.actraject.domain.access.Actor;
import be.actraject.domain.access.NotPermittedException;
import be.actraject.domain.customer.Customers;
import be.actraject.domain.group.GroupNotFoundException;
import be.actraject.domain.group.LearningGroups;
import be.actraject.domain.invoice.InvoiceIssuing;
import be.actraject.domain.invoice.Invoices;
import be.actraject.domain.trajectory.CandidateRegistration;
import be.actraject.domain.trajectory.TimeLimits;
import be.actraject.domain.trajectory.TrajectoryProgress;
import be.actraject.workflow.Phase;
import be.actraject.workflow.Role;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static be.actraject.domain.figures.FiguresFixture.ANNA;
import static be.actraject.domain.figures.FiguresFixture.BERT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Each figure of the catalogue counted on {@link FiguresFixture} for the year 2025, against the answer counted by hand
 * from the fixture's story, and each number's drill-down listing exactly the trajectories counted. In a context of its
 * own (a clock the fixture moves), so its database holds the fixture and nothing else. Run on H2 and PostgreSQL.
 */
@SpringBootTest(classes = {DomainTestApplication.class, FiguresContract.Time.class})
@Transactional
abstract class FiguresContract {

    static final Period YEAR = Period.year(2025);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.COORDINATOR);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2024-01-01T09:00:00Z"));
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    EntityManager entities;
    @Autowired
    CandidateRegistration registration;
    @Autowired
    TrajectoryProgress progress;
    @Autowired
    TimeLimits limits;
    @Autowired
    LearningGroups groups;
    @Autowired
    Customers customers;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceIssuing issuing;
    @Autowired
    Figures figures;

    FiguresFixture fx;

    @BeforeEach
    void theFixture() {
        fx = new FiguresFixture(clock, registration, progress, limits, groups, customers, invoices, issuing);
        fx.play(entities);
    }

    private FigureResult count(Figure figure) {
        return figures.count(figure, YEAR, FigureFilter.NONE, COORDINATOR);
    }

    private List<Long> behind(Figure figure, String key) {
        return figures.trajectories(figure, key, YEAR, FigureFilter.NONE, COORDINATOR);
    }

    /** Every row's drill-down lists as many trajectories as the row counts. */
    private void drillDownsEqualCounts(FigureResult result) {
        for (FigureRow row : result.rows()) {
            assertThat(figures.trajectories(result.figure(), row.key(), result.period(), result.filter(),
                    COORDINATOR)).as(result.figure() + " " + row.key()).hasSize((int) row.count());
        }
    }

    @Test
    void entriesAreTheTrajectoriesWhoseDateOfEntryLiesInThePeriod() {
        FigureResult entries = count(Figure.ENTRIES);

        assertThat(entries.rows()).containsExactly(new FigureRow(Figure.ALL, 11, null, null));
        assertThat(behind(Figure.ENTRIES, Figure.ALL)).isEqualTo(fx.ids(2, 3, 4, 5, 6, 7, 8, 11, 13, 14, 15));
        drillDownsEqualCounts(entries);
    }

    @Test
    void candidatesPerPhaseAreTheRunningTrajectoriesTodayByTheirPhase() {
        FigureResult perPhase = count(Figure.CANDIDATES_PER_PHASE);

        assertThat(perPhase.rows()).extracting(FigureRow::key, FigureRow::count).containsExactly(
                tuple("INTAKE", 3), tuple("EXPLORATION", 2), tuple("PROSPECTING", 0), tuple("INVOICING", 2));
        assertThat(behind(Figure.CANDIDATES_PER_PHASE, "INTAKE")).isEqualTo(fx.ids(8, 11, 12));
        assertThat(behind(Figure.CANDIDATES_PER_PHASE, "INVOICING")).isEqualTo(fx.ids(3, 7));
        drillDownsEqualCounts(perPhase);
    }

    @Test
    void candidatesPerCoachAndPerLearningGroupAreTheRunningTrajectoriesToday() {
        FigureResult perCoach = count(Figure.CANDIDATES_PER_COACH);
        FigureResult perGroup = count(Figure.CANDIDATES_PER_LEARNING_GROUP);

        assertThat(perCoach.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple(ANNA, 4), tuple(BERT, 3));
        assertThat(behind(Figure.CANDIDATES_PER_COACH, ANNA)).isEqualTo(fx.ids(3, 7, 11, 15));
        assertThat(perGroup.count(String.valueOf(fx.group1()))).isEqualTo(5);
        assertThat(perGroup.count(String.valueOf(fx.group2()))).as("T5 exited, T8 moved to group 1").isZero();
        assertThat(perGroup.count(Figure.NONE)).isEqualTo(2);
        assertThat(behind(Figure.CANDIDATES_PER_LEARNING_GROUP, Figure.NONE)).isEqualTo(fx.ids(11, 12));
        assertThat(behind(Figure.CANDIDATES_PER_LEARNING_GROUP, String.valueOf(fx.group1())))
                .isEqualTo(fx.ids(3, 6, 7, 8, 15));
        drillDownsEqualCounts(perCoach);
        drillDownsEqualCounts(perGroup);
    }

    @Test
    void exitsAreCountedByTypeAndByThePhaseTheyEndedIn() {
        FigureResult byType = count(Figure.EXITS_BY_TYPE);
        FigureResult byPhase = count(Figure.EXITS_BY_PHASE);

        assertThat(byType.rows()).extracting(FigureRow::key, FigureRow::count).containsExactly(
                tuple("SELF_EMPLOYED", 2), tuple("SALARIED", 1), tuple("REORIENTED", 1), tuple("STOPPED", 2),
                tuple("JOINED_COOPERATIVE", 1));
        assertThat(behind(Figure.EXITS_BY_TYPE, "SELF_EMPLOYED")).as("T14 on the period's last day")
                .isEqualTo(fx.ids(1, 14));
        assertThat(behind(Figure.EXITS_BY_TYPE, "STOPPED")).as("not T10, stopped in 2024").isEqualTo(fx.ids(2, 13));
        assertThat(byPhase.rows()).extracting(FigureRow::key, FigureRow::count).containsExactly(
                tuple("INTAKE", 1), tuple("EXPLORATION", 2), tuple("PROSPECTING", 2), tuple("INVOICING", 2));
        assertThat(behind(Figure.EXITS_BY_PHASE, "INVOICING")).isEqualTo(fx.ids(1, 9));
        drillDownsEqualCounts(byType);
        drillDownsEqualCounts(byPhase);
    }

    @Test
    void timePerPhaseMeasuresThePhasePeriodsThatEndedInThePeriod() {
        FigureResult perPhase = count(Figure.TIME_PER_PHASE);

        // Days from a phase's first day to the day the next began (or the exit): intake 28 days ×7 and 35 ×2;
        // exploration 28, 28, 56, 63, 63, 63, 303; prospecting 63, 63, 91, 119, 182; invoicing 182, 364.
        assertDays(perPhase.row("INTAKE"), 9, 28, 35);
        assertDays(perPhase.row("EXPLORATION"), 7, 63, 159);
        assertDays(perPhase.row("PROSPECTING"), 5, 91, 156.8);
        assertDays(perPhase.row("INVOICING"), 2, 273, 345.8);
        assertThat(behind(Figure.TIME_PER_PHASE, "INVOICING")).as("T1's, and T9's that began in 2024")
                .isEqualTo(fx.ids(1, 9));
        drillDownsEqualCounts(perPhase);
    }

    @Test
    void timeInTrajectoryMeasuresEntryToExitOfTheExitsInThePeriod() {
        FigureResult whole = count(Figure.TIME_IN_TRAJECTORY);

        // 35, 56, 182, 238, 331, 336, 518 days.
        assertDays(whole.row(Figure.ALL), 7, 238, 408.8);
        assertThat(behind(Figure.TIME_IN_TRAJECTORY, Figure.ALL)).isEqualTo(fx.ids(1, 2, 4, 5, 9, 13, 14));
        drillDownsEqualCounts(whole);
    }

    @Test
    void limitsReachedAreLastDaysPassedWhileTheTrajectoryWasStillHeldByThem() {
        FigureResult reached = count(Figure.LIMITS_REACHED);

        // Not T3 and T7 (in invoicing by their last day), T5 (exited the day before), T13 (extended, then stopped).
        assertThat(behind(Figure.LIMITS_REACHED, "PRE_INVOICING")).isEqualTo(fx.ids(6, 14));
        assertThat(behind(Figure.LIMITS_REACHED, "INVOICING")).isEqualTo(fx.ids(1));
        assertThat(reached.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRE_INVOICING", 2), tuple("INVOICING", 1));
        assertThat(figures.count(Figure.LIMITS_REACHED, Period.year(2026), FigureFilter.NONE, COORDINATOR).total())
                .as("T3's, T7's and T12's last days are in 2026 but after today").isZero();
        drillDownsEqualCounts(reached);
    }

    @Test
    void limitsExtendedCountEachTrajectoryOnceAmongTheExtensionsInThePeriod() {
        FigureResult extended = count(Figure.LIMITS_EXTENDED);

        assertThat(extended.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRE_INVOICING", 2), tuple("INVOICING", 1));
        assertThat(behind(Figure.LIMITS_EXTENDED, "PRE_INVOICING")).as("T13 twice, once; not T12 in 2026")
                .isEqualTo(fx.ids(7, 13));
        assertThat(behind(Figure.LIMITS_EXTENDED, "INVOICING")).isEqualTo(fx.ids(3));
        drillDownsEqualCounts(extended);
    }

    @Test
    void limitsEndedAreExitsInThePeriodOnOrAfterTheLastDayOfALimitThatHeldTheTrajectory() {
        FigureResult ended = count(Figure.LIMITS_ENDED);

        // T14 stopped exploring on 2025-12-31, its limit before invoicing over since 2025-08-02; T1 left on 2025-10-06
        // with its invoicing limit over since 2025-07-06. Not T5 (left the day before its last day), T13 (extended to
        // 2025-12-06, stopped 2025-12-01), T3 and T7 (running), T2, T4 and T9 (no limit).
        assertThat(ended.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRE_INVOICING", 1), tuple("INVOICING", 1));
        assertThat(behind(Figure.LIMITS_ENDED, "PRE_INVOICING")).isEqualTo(fx.ids(14));
        assertThat(behind(Figure.LIMITS_ENDED, "INVOICING")).isEqualTo(fx.ids(1));
        assertThat(figures.count(Figure.LIMITS_ENDED, new Period(YEAR.from(), LocalDate.of(2025, 12, 30)),
                FigureFilter.NONE, COORDINATOR).rows()).as("T14's exit day outside the period")
                .extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRE_INVOICING", 0), tuple("INVOICING", 1));
        assertThat(figures.count(Figure.LIMITS_ENDED, YEAR, FigureFilter.NONE.withCoach(BERT), COORDINATOR).rows())
                .extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRE_INVOICING", 1), tuple("INVOICING", 0));
        drillDownsEqualCounts(ended);
    }

    @Test
    void earningsInInvoicingAreTheTurnoverAndExtraEarningsPerCandidateInThePeriod() {
        FigureResult earnings = count(Figure.EARNINGS_IN_INVOICING);

        // Turnover: T1 100 + 400, T3 100 + 250 (not the one never issued, nor 500 in 2026), T7 100, T9 100 − 30
        // (a credit note of 2025 on an invoice of 2024): 70, 100, 350, 500.
        assertThat(earnings.row(Figure.TURNOVER)).isEqualTo(new FigureRow(Figure.TURNOVER, 4, null, null,
                amounts("1020.00", "225.00", "455.00")));
        // Extra earnings: T1 120 + 90, T3 200 + 0, T7 50; not T9 (0 in 2025, 300 in 2024): 50, 200, 210.
        assertThat(earnings.row(Figure.EXTRA_EARNINGS)).isEqualTo(new FigureRow(Figure.EXTRA_EARNINGS, 3, null, null,
                amounts("460.00", "200.00", "208.00")));
        assertThat(figures.amounts(Figure.EARNINGS_IN_INVOICING, Figure.TURNOVER, YEAR, FigureFilter.NONE,
                COORDINATOR)).isEqualTo(byId(amount(1, "500.00"), amount(3, "350.00"), amount(7, "100.00"),
                amount(9, "70.00")));
        assertThat(figures.amounts(Figure.EARNINGS_IN_INVOICING, Figure.EXTRA_EARNINGS, YEAR, FigureFilter.NONE,
                COORDINATOR)).isEqualTo(byId(amount(1, "210.00"), amount(3, "200.00"), amount(7, "50.00")));
        assertThat(behind(Figure.EARNINGS_IN_INVOICING, Figure.TURNOVER)).isEqualTo(fx.ids(1, 3, 7, 9));
        drillDownsEqualCounts(earnings);
    }

    @Test
    void earningsInInvoicingFollowTheFilterAndCountTheMonthsThatBeginInThePeriod() {
        FigureResult group1 = figures.count(Figure.EARNINGS_IN_INVOICING, YEAR,
                FigureFilter.NONE.withLearningGroup(fx.group1()), COORDINATOR);
        FigureResult berts = figures.count(Figure.EARNINGS_IN_INVOICING, YEAR, FigureFilter.NONE.withCoach(BERT),
                COORDINATOR);
        FigureResult fromMidJune = figures.count(Figure.EARNINGS_IN_INVOICING,
                new Period(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 31)), FigureFilter.NONE, COORDINATOR);

        assertThat(group1.row(Figure.TURNOVER)).as("T3 350 and T7 100").isEqualTo(new FigureRow(Figure.TURNOVER, 2,
                null, null, amounts("450.00", "225.00", "325.00")));
        assertThat(group1.row(Figure.EXTRA_EARNINGS)).as("T3 200 and T7 50").isEqualTo(new FigureRow(
                Figure.EXTRA_EARNINGS, 2, null, null, amounts("250.00", "125.00", "185.00")));
        assertThat(berts.rows()).containsExactly(
                new FigureRow(Figure.TURNOVER, 0, null, null, amounts("0.00", null, null)),
                new FigureRow(Figure.EXTRA_EARNINGS, 0, null, null, amounts("0.00", null, null)));
        assertThat(fromMidJune.row(Figure.EXTRA_EARNINGS)).as("July only: June begins before the period")
                .isEqualTo(new FigureRow(Figure.EXTRA_EARNINGS, 1, null, null, amounts("90.00", "90.00", "90.00")));
        assertThat(fromMidJune.count(Figure.TURNOVER)).as("nothing issued from 15 June to July").isZero();
        assertThatThrownBy(() -> figures.amounts(Figure.ENTRIES, Figure.ALL, YEAR, FigureFilter.NONE, COORDINATOR))
                .isInstanceOf(IllegalArgumentException.class);
        drillDownsEqualCounts(group1);
    }

    @Test
    void timeToTheFirstInvoiceCountsFromEntryToTheFirstIssuedInvoice() {
        FigureResult first = count(Figure.TIME_TO_FIRST_INVOICE);

        // T1 182, T3 182 (not the one submitted on 21 July and never issued), T7 238; not T9, first invoiced in 2024.
        assertDays(first.row(Figure.ALL), 3, 182, 226.8);
        assertThat(behind(Figure.TIME_TO_FIRST_INVOICE, Figure.ALL)).isEqualTo(fx.ids(1, 3, 7));
        drillDownsEqualCounts(first);
    }

    @Test
    void attendanceCountsEachCandidateAtEachSessionHeldInThePeriod() {
        FigureResult attendance = count(Figure.SESSION_ATTENDANCE);

        assertThat(attendance.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRESENT", 3), tuple("EXCUSED", 1), tuple("ABSENT", 3));
        assertThat(behind(Figure.SESSION_ATTENDANCE, "PRESENT")).as("not T3 again, in January 2026")
                .isEqualTo(fx.ids(3, 5, 7));
        assertThat(behind(Figure.SESSION_ATTENDANCE, "ABSENT")).as("T8 in June and in November")
                .isEqualTo(List.of(fx.t(8), fx.t(8), fx.t(15)));
        drillDownsEqualCounts(attendance);
    }

    @Test
    void theFilterNarrowsByCoachLearningGroupAndPhase() {
        FigureResult annasEntries = figures.count(Figure.ENTRIES, YEAR, FigureFilter.NONE.withCoach(ANNA), COORDINATOR);
        FigureResult group2Exits = figures.count(Figure.EXITS_BY_TYPE, YEAR,
                FigureFilter.NONE.withLearningGroup(fx.group2()), COORDINATOR);
        FigureResult exploring = figures.count(Figure.CANDIDATES_PER_COACH, YEAR,
                FigureFilter.NONE.withPhase(Phase.EXPLORATION), COORDINATOR);
        FigureResult intakeTime = figures.count(Figure.TIME_PER_PHASE, YEAR,
                FigureFilter.NONE.withPhase(Phase.INTAKE), COORDINATOR);
        FigureResult group2Attendance = figures.count(Figure.SESSION_ATTENDANCE, YEAR,
                FigureFilter.NONE.withLearningGroup(fx.group2()), COORDINATOR);

        assertThat(annasEntries.total()).isEqualTo(6);
        assertThat(group2Exits.total()).isEqualTo(1);
        assertThat(group2Exits.count("SALARIED")).isEqualTo(1);
        assertThat(exploring.rows()).extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple(ANNA, 1), tuple(BERT, 1));
        assertThat(intakeTime.total()).isEqualTo(9);
        assertThat(intakeTime.count("INTAKE")).isEqualTo(9);
        assertThat(group2Attendance.rows()).as("the sessions of group 2, which T8 has left since")
                .extracting(FigureRow::key, FigureRow::count)
                .containsExactly(tuple("PRESENT", 1), tuple("EXCUSED", 0), tuple("ABSENT", 1));
        assertThat(figures.trajectories(Figure.ENTRIES, Figure.ALL, YEAR, FigureFilter.NONE.withCoach(ANNA),
                COORDINATOR)).isEqualTo(fx.ids(2, 3, 7, 11, 13, 15));
        drillDownsEqualCounts(annasEntries);
        drillDownsEqualCounts(group2Exits);
        drillDownsEqualCounts(exploring);
        drillDownsEqualCounts(group2Attendance);
    }

    @Test
    void aCoachSeesTheFiguresOfTheirOwnCaseloadOnly() {
        Actor bert = Actor.of(BERT, Role.COACH);

        FigureResult entries = figures.count(Figure.ENTRIES, YEAR, FigureFilter.NONE, bert);

        assertThat(entries.total()).isEqualTo(5);
        assertThat(entries.filter().coach()).isEqualTo(BERT);
        assertThat(figures.trajectories(Figure.ENTRIES, Figure.ALL, YEAR, FigureFilter.NONE, bert))
                .isEqualTo(fx.ids(4, 5, 6, 8, 14));
        assertThatThrownBy(() -> figures.count(Figure.ENTRIES, YEAR, FigureFilter.NONE.withCoach(ANNA), bert))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> figures.count(Figure.ENTRIES, YEAR, FigureFilter.NONE,
                Actor.of("office", Role.OFFICE))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> figures.survival(bert)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aCoachAskingForTheCandidatesOfAColleaguesKeyIsRefusedAsAFilterOnThatColleagueIs() {
        Actor bert = Actor.of(BERT, Role.COACH);

        assertThatThrownBy(() -> figures.trajectories(Figure.CANDIDATES_PER_COACH, ANNA, YEAR, FigureFilter.NONE,
                bert)).isInstanceOf(NotPermittedException.class);
        assertThat(figures.trajectories(Figure.CANDIDATES_PER_COACH, BERT, YEAR, FigureFilter.NONE, bert))
                .isEqualTo(figures.trajectories(Figure.CANDIDATES_PER_COACH, BERT, YEAR, FigureFilter.NONE,
                        COORDINATOR));
    }

    @Test
    void aFilterOnAGroupThatDoesNotExistAndAKeyAFigureNeverHasAreRefused() {
        assertThatThrownBy(() -> figures.count(Figure.ENTRIES, YEAR,
                FigureFilter.NONE.withLearningGroup(-1L), COORDINATOR)).isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> behind(Figure.EXITS_BY_TYPE, "RETIRED"))
                .isInstanceOf(FigureKeyNotFoundException.class);
    }

    @Test
    void survivalIsTheAftercaresOwnFigure() {
        assertThat(figures.survival(COORDINATOR)).extracting(r -> r.exitYear() + " " + r.exitType() + " " + r.exited())
                .contains("2025 SELF_EMPLOYED 2", "2025 STOPPED 2", "2024 STOPPED 1");
    }

    private static void assertDays(FigureRow row, long count, double median, double percentile90) {
        assertThat(row.count()).as(row.key() + " count").isEqualTo(count);
        assertThat(row.medianDays()).as(row.key() + " median").isCloseTo(median, within(0.001));
        assertThat(row.percentile90Days()).as(row.key() + " 90th percentile").isCloseTo(percentile90, within(0.001));
    }

    private static FigureRow.Amounts amounts(String total, String median, String percentile90) {
        return new FigureRow.Amounts(new BigDecimal(total), median == null ? null : new BigDecimal(median),
                percentile90 == null ? null : new BigDecimal(percentile90));
    }

    private FigureAmount amount(int n, String euro) {
        return new FigureAmount(fx.t(n), new BigDecimal(euro));
    }

    /** The lines in the drill-down's order, by trajectory id. */
    private static List<FigureAmount> byId(FigureAmount... lines) {
        return java.util.Arrays.stream(lines).sorted(java.util.Comparator.comparingLong(FigureAmount::trajectoryId))
                .toList();
    }

    private static org.assertj.core.groups.Tuple tuple(String key, long count) {
        return org.assertj.core.groups.Tuple.tuple(key, count);
    }
}
