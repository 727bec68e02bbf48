package be.actraject.domain.trajectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** The last day of the phases 1–3 limit and of phase 4, counted date to date from their first day. */
class DateToDateTest {

    private static final Period PHASES_ONE_TO_THREE = Period.ofMonths(6);

    @ParameterizedTest(name = "entry {0}: last day of phases 1-3 {1}")
    @CsvSource({
        "2026-08-27, 2027-02-26",
        "2026-08-28, 2027-02-27",
        "2026-08-29, 2027-02-28",
        "2026-08-30, 2027-02-28",
        "2026-08-31, 2027-02-28",
        "2027-08-28, 2028-02-27",
        "2027-08-29, 2028-02-28",
        "2027-08-30, 2028-02-29",
        "2027-08-31, 2028-02-29",
        "2028-02-29, 2028-08-28",
        "2026-09-01, 2027-02-28",
        "2026-03-31, 2026-09-30",
        "2026-01-01, 2026-06-30"})
    void phasesOneToThreeEndTheDayBeforeTheSameDateSixMonthsLaterOrOnTheLastDayOfTheMonth(
            LocalDate entry, LocalDate lastDay) {
        assertThat(DateToDate.lastDay(entry, PHASES_ONE_TO_THREE)).isEqualTo(lastDay);
    }

    @Test
    void theEndOfAugustIsNotTheTwentyEighth() {
        assertThat(DateToDate.lastDay(LocalDate.of(2026, 8, 31), PHASES_ONE_TO_THREE))
                .isNotEqualTo(DateToDate.lastDay(LocalDate.of(2026, 8, 28), PHASES_ONE_TO_THREE));
    }

    @Test
    void aLaterEntryNeverEndsEarlier() {
        LocalDate previous = DateToDate.lastDay(LocalDate.of(2027, 1, 1), PHASES_ONE_TO_THREE);
        for (LocalDate entry = LocalDate.of(2027, 1, 2); entry.getYear() < 2029; entry = entry.plusDays(1)) {
            LocalDate lastDay = DateToDate.lastDay(entry, PHASES_ONE_TO_THREE);
            assertThat(lastDay).as("entry " + entry).isAfterOrEqualTo(previous);
            previous = lastDay;
        }
    }

    @ParameterizedTest(name = "phase 4 from {0}: last day {1}")
    @CsvSource({
        "2027-02-28, 2028-02-27",
        "2028-02-29, 2029-02-28",
        "2027-03-01, 2028-02-29"})
    void phaseFourCountsTwelveMonthsTheSameWay(LocalDate first, LocalDate lastDay) {
        assertThat(DateToDate.lastDay(first, Period.ofMonths(12))).isEqualTo(lastDay);
    }

    @Test
    void anExtensionFromTheLastDayOfFebruaryRunsToTheLastDayOfMarch() {
        assertThat(DateToDate.lastDay(LocalDate.of(2027, 3, 1), Period.ofMonths(1)))
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void daysCountAfterTheMonths() {
        assertThat(DateToDate.lastDay(LocalDate.of(2027, 1, 10), Period.of(0, 1, 5)))
                .isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(DateToDate.lastDay(LocalDate.of(2027, 1, 10), Period.ofDays(14)))
                .isEqualTo(LocalDate.of(2027, 1, 23));
    }
}
