package be.actraject.web.number;

import be.actraject.domain.number.NumberKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedNumbersTest {

    private static final Locale NL = Locale.forLanguageTag("nl-BE");

    @ParameterizedTest(name = "nl: \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12,50|12.50", "1.234,56|1234.56", "1 234,56|1234.56", "1\u00a0234,56|1234.56", "1\u202f234,56|1234.56",
            "12.50|12.50", "12.5|12.5", "0.5|0.5", "1.234|1234", "0.333|0.333", "1.234.567|1234567",
            "1,5|1.5", "-1|-1", "  7 |7", "\u00a012,50\u00a0|12.50", "1000|1000", "0,333|0.333", "1,2345|1.2345",
            "1.23|1.23"})
    void dutchReadsWhatBelgiansType(String typed, String expected) throws ParseException {
        assertThat(TypedNumbers.parse(typed, NL)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "en: \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"12.50|12.50", "1,234.56|1234.56", "1 234.56|1234.56", "-1|-1",
            "1,234|1234", "0.333|0.333"})
    void englishReadsItsOwnNotation(String typed, String expected) throws ParseException {
        assertThat(TypedNumbers.parse(typed, Locale.ENGLISH)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "nl refuses \"{0}\"")
    @ValueSource(strings = {"abc", "1,2,3", "12,5.0", "12,50 EUR", "12,50x", "1E3", "12.34.5", "12 50,1.5",
            "1.2345", "--1", ",", ".", "1e3", "\u0661\u0662", "\uff11\uff12", "01.234", "0.333.1", "-0.333.1"})
    void dutchRefusesWhatIsNotOneNumber(String typed) {
        assertThatThrownBy(() -> TypedNumbers.parse(typed, NL)).isInstanceOf(ParseException.class);
    }

    @ParameterizedTest(name = "en refuses \"{0}\"")
    @ValueSource(strings = {"abc", "12,50", "1.234,56", "1,2,3", "12.5,0", "12.50 EUR", "0,333", "01,234", "-0,333",
            "0,333.5", "1e3", "1E3", "\u0661\u0662", "\uff11\uff12", "\u0661.\u0662"})
    void englishRefusesWhatIsNotOneNumber(String typed) {
        assertThatThrownBy(() -> TypedNumbers.parse(typed, Locale.ENGLISH)).isInstanceOf(ParseException.class);
    }

    @ParameterizedTest(name = "{0} of kind {1} prints as {2} in nl and {3} in en")
    @CsvSource(delimiter = '|', value = {"1234.5|MONEY|1.234,50|1,234.50", "1.500|QUANTITY|1,5|1.5",
            "0.333|QUANTITY|0,333|0.333", "1000|HOURS|1.000|1,000", "12.5|PERCENT|12,5|12.5",
            "1.2345|MONEY|1,2345|1.2345"})
    void printsInTheLanguageAndKind(String value, NumberKind kind, String dutch, String english)
            throws ParseException {
        assertThat(TypedNumbers.print(new BigDecimal(value), kind, NL)).isEqualTo(dutch);
        assertThat(TypedNumbers.print(new BigDecimal(value), kind, Locale.ENGLISH)).isEqualTo(english);
        assertThat(TypedNumbers.parse(dutch, NL)).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "nl: \"{0}\" comes back as typed")
    @ValueSource(strings = {"12,50", "-1", "1.234,56", "0,333", "7", "1,2345"})
    void aNumberTypedComesBackAsTyped(String typed) throws ParseException {
        assertThat(TypedNumbers.print(TypedNumbers.parse(typed, NL), null, NL)).isEqualTo(typed);
    }

    @ParameterizedTest(name = "an input shows \"{0}\" typed in {1} as \"{2}\"")
    @CsvSource(delimiter = '|', value = {"12,50|nl-BE|12,50", "1000|nl-BE|1000", "-1|nl-BE|-1",
            "1.234,56|nl-BE|1234,56",
            "1,5|nl-BE|1,5", "1,234.56|en|1234.56", "12.50|en|12.50"})
    void anInputShowsTheNumberWithItsDecimalsWithoutGrouping(String typed, String language, String shown)
            throws ParseException {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(TypedNumbers.typedForm(TypedNumbers.parse(typed, locale), locale)).isEqualTo(shown);
    }

    /** The tester's minor 11: "- € 99,00", "€ -5,00" and "USD 10.00" on different pages. */
    @Test
    void everyAmountHasOneNotationWhateverItsSignOrCurrency() {
        assertThat(TypedNumbers.euro(new BigDecimal("-99.00"), NL)).isEqualTo("€ -99,00");
        assertThat(TypedNumbers.currency(new BigDecimal("-99"), "EUR", NL)).isEqualTo("€ -99,00");
        assertThat(TypedNumbers.currency(new BigDecimal("10.00"), "USD", NL)).isEqualTo("US$ 10,00");
        assertThat(TypedNumbers.currency(new BigDecimal("-1074.51"), "EUR", NL)).isEqualTo("€ -1.074,51");
    }
}
