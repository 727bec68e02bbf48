package be.actraject.domain.belgium;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Identifiers as people paste them from a PDF, a mail or a web page: spaces of every kind (U+00A0 no-break,
 * U+202F narrow no-break, U+2009 thin, tabs, zero-width), dots, dashes of every kind, lower case — accepted when the
 * registry's check holds, refused when it does not, whatever the layout.
 */
class PastedIdentifiersTest {

    @ParameterizedTest(name = "enterprise number \"{0}\"")
    @ValueSource(strings = {"BE\u00a01000.000.021", "BE 1000.000.021", "be1000000021", "1000\u202f000\u202f021",
            "BE\u00a01000\u00a0000\u00a0021", "1000-000-021", "1000\u2013000\u2013021", "\t1000.000.021\n",
            "BE\u200b1000000021", "BE\u20091000.000.021"})
    void thePastedEnterpriseNumberIsRead(String pasted) {
        assertThat(EnterpriseNumber.parse(pasted).formatted()).isEqualTo("1000.000.021");
    }

    @Test
    void aPastedEnterpriseNumberWithWrongCheckDigitsIsStillRefused() {
        assertThatThrownBy(() -> EnterpriseNumber.parse("BE\u00a01000.000.022"))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest(name = "VAT number \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "BE\u00a01000.000.021|BE1000000021", "be 0566 988 259|BE0566988259", "BE566988259|BE0566988259",
            "DE 123 456 789|DE123456789", "de123456789|DE123456789", "nl\u00a0123456789\u2011b01|NL123456789B01",
            "FR 40 303 265 045|FR40303265045", "EL 094259216|EL094259216", "ATU 1234 5678|ATU12345678",
            "ESX1234567R|ESX1234567R", "IE 6388047V|IE6388047V", "SE 5560125790 01|SE556012579001",
            "IT 00743110157|IT00743110157", "PL 526-000-12-46|PL5260001246"})
    void thePastedVatNumberIsReadInItsStatesFormat(String pasted, String expected) {
        assertThat(VatNumber.parse(pasted)).hasToString(expected);
    }

    @ParameterizedTest(name = "VAT number \"{0}\" refused")
    @ValueSource(strings = {"BE1000000022", "BE2000000021", "DE12345678", "DE1234567890", "GR094259216",
            "NL123456789", "ATU1234567", "US123456789", "FR I0303265045", "XX123", "", "BE"})
    void aVatNumberNotInItsStatesFormatIsRefused(String pasted) {
        assertThatThrownBy(() -> VatNumber.parse(pasted))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidIdentifierException.Kind.VAT_NUMBER));
    }

    @ParameterizedTest(name = "IBAN \"{0}\"")
    @ValueSource(strings = {"BE68\u00a05390\u00a00754\u00a07034", "be68 5390 0754 7034", "BE68-5390-0754-7034",
            "BE68\u202f5390\u202f0754\u202f7034", " BE68539007547034\u00a0"})
    void thePastedIbanIsRead(String pasted) {
        assertThat(Iban.parse(pasted).value()).isEqualTo("BE68539007547034");
    }

    @ParameterizedTest(name = "IBAN \"{0}\" refused")
    @ValueSource(strings = {"BE68 5390 0754 7035", "BE68 5390 0754 70344", "NL91 ABNA 0417 1643 01",
            "DE89 3704 0044 0532 0130 0"})
    void anIbanOfTheWrongLengthOrCheckIsRefused(String pasted) {
        assertThatThrownBy(() -> Iban.parse(pasted)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest(name = "BIC \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"gkcc bebb|GKCCBEBB", "GEBA\u00a0BE\u00a0BB|GEBABEBB",
            "GEBABEBB36A|GEBABEBB36A", "deut de ff 500|DEUTDEFF500"})
    void thePastedBicIsRead(String pasted, String expected) {
        assertThat(Bic.parse(pasted).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "BIC \"{0}\" refused")
    @ValueSource(strings = {"GKCCBEB", "GKCC1EBB", "GKCCXXBB", "GKCCBEBB3", ""})
    void aBicOutOfItsFormatIsRefused(String pasted) {
        assertThatThrownBy(() -> Bic.parse(pasted)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest(name = "OGM \"{0}\"")
    @ValueSource(strings = {"+++312/4013/98067+++", "***312/4013/98067***", "312/4013/98067",
            "+++312\u00a0/\u00a04013\u00a0/\u00a098067+++", "312.4013.98067", "312-4013-98067", " 312 4013 98067 "})
    void thePastedStructuredCommunicationIsRead(String pasted) {
        assertThat(StructuredCommunication.parse(pasted).formatted()).isEqualTo("+++312/4013/98067+++");
    }

    @Test
    void aPastedStructuredCommunicationWithWrongCheckDigitsIsRefused() {
        assertThatThrownBy(() -> StructuredCommunication.parse("***312\u00a0/4013/98066***"))
                .isInstanceOf(InvalidIdentifierException.class);
    }
}
