package be.actraject.web.agenda;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Week and month navigation across the ends of months and years, a leap day and the weeks the clocks change: the
 * days shown are whole weeks from Monday, previous and next land in the neighbouring week or month.
 */
class AgendaPeriodTest {

    private static long days(AgendaPeriod period) {
        return period.from().datesUntil(period.until()).count();
    }

    @Test
    void fromThe31stOfJanuaryTheNextMonthIsFebruaryAndTheNextWeekItsFirstDays() {
        AgendaPeriod month = AgendaPeriod.month(LocalDate.of(2027, 1, 31));
        AgendaPeriod february = AgendaPeriod.month(month.next());
        AgendaPeriod week = AgendaPeriod.week(LocalDate.of(2027, 1, 31));

        assertThat(month.next()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.from()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(february.holds(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(february.holds(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(week.from()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(AgendaPeriod.week(week.next()).from()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void week53Of2026RunsFromThe28thOfDecemberToThe3rdOfJanuary() {
        AgendaPeriod week = AgendaPeriod.week(LocalDate.of(2027, 1, 1));

        assertThat(week.weekNumber()).isEqualTo(53);
        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(AgendaPeriod.week(week.previous()).weekNumber()).isEqualTo(52);
        assertThat(AgendaPeriod.week(week.next()).weekNumber()).isEqualTo(1);
        assertThat(AgendaPeriod.week(week.next()).from()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theLeapDayOf2028IsInItsWeekAndItsMonth() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        AgendaPeriod month = AgendaPeriod.month(leapDay);
        AgendaPeriod week = AgendaPeriod.week(leapDay);

        assertThat(month.from()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(days(month)).isEqualTo(35);
        assertThat(month.holds(leapDay)).isTrue();
        assertThat(month.previous()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(month.next()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(week.from()).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(week.weekNumber()).isEqualTo(9);
        assertThat(AgendaPeriod.week(week.next()).from()).isEqualTo(LocalDate.of(2028, 3, 6));
    }

    @Test
    void theWeeksAndMonthsOfAChangeOfClockHaveWholeDaysFromMonday() {
        for (LocalDate sunday : new LocalDate[]{LocalDate.of(2026, 10, 25), LocalDate.of(2027, 3, 28)}) {
            AgendaPeriod week = AgendaPeriod.week(sunday);
            AgendaPeriod month = AgendaPeriod.month(sunday);

            assertThat(days(week)).isEqualTo(7);
            assertThat(week.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.lastDay()).isEqualTo(sunday);
            assertThat(AgendaPeriod.week(week.next()).from()).isEqualTo(sunday.plusDays(1));
            assertThat(days(month) % 7).isZero();
            assertThat(month.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        }
    }
}
