package be.actraject.web.agenda;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A follow-up's offset in words, whatever unit the coordinator set it in (the parameter accepts any period). */
class AgendaTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "P3M    | nl-BE | 3 maanden",
            "P1M    | nl-BE | 1 maand",
            "P6W    | nl-BE | 6 weken",
            "P45D   | nl-BE | 45 dagen",
            "P1M15D | nl-BE | 1 maand en 15 dagen",
            "P1Y    | nl-BE | 1 jaar",
            "P6W    | en    | 6 weeks",
            "P1M15D | en    | 1 month, 15 days"})
    void aFollowUpOffsetReadsInTheUnitsItWasSetIn(String offset, String language, String words) {
        assertThat(AgendaTexts.afterExit(offset, Locale.forLanguageTag(language))).isEqualTo(words);
    }
}
