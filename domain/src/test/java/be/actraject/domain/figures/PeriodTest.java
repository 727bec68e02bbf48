package be.actraject.domain.figures;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A period as a person asks for it: refused when it ends before it starts or starts after today, else counted as is. */
class PeriodTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** 15 March 2026, half past midnight in Brussels: still 14 March in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), BRUSSELS);

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31), CLOCK))
                .isInstanceOf(PeriodEndsBeforeStartException.class)
                .satisfies(e -> {
                    PeriodEndsBeforeStartException refused = (PeriodEndsBeforeStartException) e;
                    assertThat(refused.messageKey()).isEqualTo("figures.period.endsBeforeStart");
                    assertThat(refused.messageArguments())
                            .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31));
                });
    }

    @Test
    void aPeriodThatStartsAfterTodayOnTheCooperativesClockIsRefused() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 12, 31), CLOCK))
                .isInstanceOf(PeriodInTheFutureException.class)
                .extracting(e -> ((PeriodInTheFutureException) e).messageKey())
                .isEqualTo("figures.period.future");
        assertThat(Period.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15), CLOCK).days())
                .as("today in Brussels, though not yet in UTC").isEqualTo(1);
    }

    @Test
    void aPeriodMayRunIntoTheFuture() {
        Period thisYear = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CLOCK);

        assertThat(thisYear).isEqualTo(Period.year(2026));
        assertThat(thisYear.days()).isEqualTo(365);
    }

    @Test
    void thePreviousPeriodOfWholeMonthsIsTheSameCalendarStretchBefore() {
        assertThat(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).previous()).as("March")
                .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(Period.year(2025).previous()).as("a year after a leap year").isEqualTo(Period.year(2024));
        assertThat(Period.year(2029).previous()).as("the year before a leap one").isEqualTo(Period.year(2028));
        assertThat(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).previous()).as("a quarter")
                .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void thePreviousOfAPeriodFromTheFirstToADayInTheMonthIsTheSameDaysEarlier() {
        assertThat(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)).previous()).as("this year so far")
                .isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1)));
        assertThat(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 20)).previous()).as("mid-month")
                .isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 20)));
        assertThat(new Period(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29)).previous()).as("to a leap day")
                .isEqualTo(new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28)));
        assertThat(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 15)).previous()).as("over a year")
                .isEqualTo(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 15)));
        assertThat(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)).previous())
                .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15)));
    }

    @Test
    void anyOtherPeriodIsComparedWithAsManyDaysJustBefore() {
        Period fortnight = new Period(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 23));

        assertThat(fortnight.previous()).isEqualTo(new Period(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 9)));
    }

    @Test
    void theMomentsOfAPeriodAreTheCooperativesMidnights() {
        Period summerDay = new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1));

        assertThat(summerDay.startsAt(BRUSSELS).toInstant()).isEqualTo(Instant.parse("2025-06-30T22:00:00Z"));
        assertThat(summerDay.endsBefore(BRUSSELS).toInstant()).isEqualTo(Instant.parse("2025-07-01T22:00:00Z"));
    }

    @Test
    void aPeriodStartingBeforeTheFirstDayOrEndingAfterTheLastIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(2026, 1, 1), CLOCK))
                .isInstanceOf(PeriodOutOfRangeException.class)
                .satisfies(e -> {
                    PeriodOutOfRangeException refused = (PeriodOutOfRangeException) e;
                    assertThat(refused.messageKey()).isEqualTo("figures.period.tooEarly");
                    assertThat(refused.messageArguments())
                            .containsExactly(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(1900, 1, 1));
                });
        assertThatThrownBy(() -> new Period(LocalDate.of(1, 1, 1), LocalDate.of(2026, 1, 1)))
                .as("every path, not only a person's request").isInstanceOf(PeriodOutOfRangeException.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(10_000, 1, 1), CLOCK))
                .isInstanceOf(PeriodOutOfRangeException.class)
                .extracting(e -> ((PeriodOutOfRangeException) e).messageKey()).isEqualTo("figures.period.tooLate");
        assertThat(Period.of(LocalDate.of(1901, 1, 1), LocalDate.of(1901, 12, 31), CLOCK).previous())
                .isEqualTo(Period.year(1900));
    }

    @Test
    void aPeriodWhosePreviousWouldStartBeforeTheFirstDayIsRefusedNamingTheDayAsked() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 1), CLOCK))
                .isInstanceOf(PeriodOutOfRangeException.class)
                .extracting(e -> ((PeriodOutOfRangeException) e).messageArguments()[0])
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }
}
