package be.actraject.web.pdf;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFiguresTest {

    private final DocumentFigures dutch = new DocumentFigures(Locale.forLanguageTag("nl-BE"));
    private final DocumentFigures english = new DocumentFigures(Locale.ENGLISH);

    @Test
    void aQuantityPrintsAsEnteredUpToThreeDecimalsWithoutTrailingZeros() {
        assertThat(dutch.quantity(new BigDecimal("0.333"))).isEqualTo("0,333");
        assertThat(dutch.quantity(new BigDecimal("7.500"))).isEqualTo("7,5");
        assertThat(dutch.quantity(new BigDecimal("250"))).isEqualTo("250");
        assertThat(dutch.quantity(new BigDecimal("1234.05"))).isEqualTo("1.234,05");
        assertThat(english.quantity(new BigDecimal("0.333"))).isEqualTo("0.333");
        assertThat(english.quantity(new BigDecimal("1234.05"))).isEqualTo("1,234.05");
    }

    @Test
    void aQuantityWithMoreDecimalsThanKeptIsRoundedHalfUp() {
        assertThat(dutch.quantity(new BigDecimal("0.3335"))).isEqualTo("0,334");
    }

    @Test
    void anAmountAlwaysHasItsCents() {
        assertThat(dutch.amount(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(dutch.amount(new BigDecimal("0"))).isEqualTo("0,00");
        assertThat(dutch.amount(new BigDecimal("-85.00"))).isEqualTo("-85,00");
        assertThat(english.amount(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
    }

    @Test
    void hoursAndPercentagesDropTrailingZeros() {
        assertThat(dutch.hours(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(dutch.hours(new BigDecimal("744.00"))).isEqualTo("744");
        assertThat(english.hours(new BigDecimal("12.25"))).isEqualTo("12.25");
        assertThat(dutch.percent(new BigDecimal("21.00"))).isEqualTo("21");
        assertThat(dutch.percent(new BigDecimal("12.5"))).isEqualTo("12,5");
    }

    @Test
    void nothingPrintsForNoFigure() {
        assertThat(dutch.amount(null)).isEmpty();
        assertThat(dutch.quantity(null)).isEmpty();
    }
}
