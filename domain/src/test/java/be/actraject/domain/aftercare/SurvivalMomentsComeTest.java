package be.actraject.domain.aftercare;

import be.actraject.workflow.ExitType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an exit starts to count at a moment, on a fixed day and exits chosen around it: the exit day plus the months,
 * as the aftercare schedule dates the follow-up (31 March plus 24 months is 31 March), not earlier and not later.
 */
class SurvivalMomentsComeTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The queries' rows as the database would give them: exits per day, and no answers. */
    private static SurvivalFigures on(LocalDate today, List<Object[]> exitsPerDay) {
        SurvivalQueries queries = new SurvivalQueries() {
            @Override
            public List<Object[]> exitsPerDay() {
                return exitsPerDay;
            }

            @Override
            public List<Object[]> answers(Collection<String> moments, Collection<Situation> inBusiness) {
                return List.of();
            }
        };
        Instant noon = today.atTime(12, 0).atZone(BRUSSELS).toInstant();
        return new SurvivalFigures(queries, Clock.fixed(noon, BRUSSELS));
    }

    private static List<Object[]> days(Object[]... rows) {
        return List.of(rows);
    }

    private static Object[] exits(String day, long count) {
        return new Object[]{LocalDate.parse(day), ExitType.SELF_EMPLOYED, count};
    }

    @Test
    void anExitCountsAtAMomentFromTheDayTheFollowUpFallsDue() {
        List<SurvivalRow> rows = on(LocalDate.parse("2026-03-31"), days(
                exits("2024-03-31", 2), exits("2024-04-01", 1), exits("2024-12-31", 4))).perExitYearAndType();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.exitYear()).isEqualTo(2024);
            assertThat(row.exited()).isEqualTo(7);
            assertThat(row.moments()).extracting(SurvivalMoment::due).containsExactly(7L, 7L, 7L, 2L, 0L);
            assertThat(row.moments().get(3).unknown()).as("24 months: the two exits of 31 March 2024").isEqualTo(2);
            assertThat(row.moments().get(4).reached()).isFalse();
        });
    }

    @Test
    void theLastDayOfAShortMonthIsTheMomentOfTheExitsOfTheLongerMonthsEnd() {
        // 31 December plus 2 months is 28 February (the schedule's plusMonths): due on 28 February, not 3 March.
        List<SurvivalRow> rows = on(LocalDate.parse("2027-02-28"), days(exits("2024-12-31", 1)))
                .perExitYearAndType();

        assertThat(rows.get(0).moments()).extracting(SurvivalMoment::due).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(on(LocalDate.parse("2027-02-27"), days(exits("2024-12-31", 1))).perExitYearAndType().get(0)
                .moments()).extracting(SurvivalMoment::due).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(on(LocalDate.parse("2026-12-30"), days(exits("2024-12-31", 1))).perExitYearAndType().get(0)
                .moments()).extracting(SurvivalMoment::due).containsExactly(1L, 1L, 1L, 0L, 0L);
    }

    @Test
    void rowsComeNewestYearFirstWithEachYearsExitsAddedUp() {
        List<SurvivalRow> rows = on(LocalDate.parse("2026-06-15"), days(
                exits("2023-05-01", 1), exits("2025-01-10", 2), exits("2025-11-30", 3))).perExitYearAndType();

        assertThat(rows).extracting(SurvivalRow::exitYear).containsExactly(2025, 2023);
        assertThat(rows.get(0).exited()).isEqualTo(5);
        assertThat(rows.get(0).moments()).extracting(SurvivalMoment::due).containsExactly(5L, 5L, 2L, 0L, 0L);
        assertThat(rows.get(1).moments()).extracting(SurvivalMoment::due).containsExactly(1L, 1L, 1L, 1L, 1L);
    }
}
