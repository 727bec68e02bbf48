package be.actraject.domain.invoice;

import be.actraject.domain.einvoice.Supply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplyDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static void refused(Supply supply) {
        assertThatThrownBy(() -> SupplyDates.requirePlausible(supply, TODAY))
                .isInstanceOfSatisfying(VatCaseRefusedException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(VatCaseRefusedException.Reason.SUPPLY_DATE_OUT_OF_RANGE));
    }

    private static Supply delivered(LocalDate date) {
        return new Supply(date, null, null, null, null);
    }

    @Test
    void typingErrorsAreRefused() {
        refused(delivered(LocalDate.of(9999, 12, 31)));
        refused(delivered(LocalDate.of(1, 1, 1)));
        refused(new Supply(null, LocalDate.of(1, 1, 1), TODAY, null, null));
        refused(new Supply(null, TODAY, LocalDate.of(9999, 12, 31), null, null));
    }

    @Test
    void theWindowIsAYearBackAndThreeMonthsAhead() {
        assertThatCode(() -> SupplyDates.requirePlausible(delivered(TODAY.minusYears(1)), TODAY))
                .doesNotThrowAnyException();
        refused(delivered(TODAY.minusYears(1).minusDays(1)));
        assertThatCode(() -> SupplyDates.requirePlausible(delivered(TODAY.plusMonths(3)), TODAY))
                .doesNotThrowAnyException();
        refused(delivered(TODAY.plusMonths(3).plusDays(1)));
        assertThatCode(() -> SupplyDates.requirePlausible(Supply.NONE, TODAY)).doesNotThrowAnyException();
    }
}
