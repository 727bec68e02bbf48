package be.actraject.domain.belgium;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check digits of Belgian identifiers, with the published test vectors and their failures. */
class BelgianIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0566.988.259", "0566988259", "BE0566988259", "BE 0566 988 259", "be0566.988.259",
            "566988259"})
    void theEnterpriseNumberIsReadHoweverItIsWritten(String written) {
        EnterpriseNumber number = EnterpriseNumber.parse(written);

        assertThat(number.digits()).isEqualTo("0566988259");
        assertThat(number.formatted()).isEqualTo("0566.988.259");
        assertThat(number.vatNumber()).isEqualTo("BE0566988259");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0566.988.258", "0566.988.25", "2566.988.259", "05669882591", "BE05669882A9", ""})
    void aWrongEnterpriseNumberIsRefused(String written) {
        assertThatThrownBy(() -> EnterpriseNumber.parse(written))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidIdentifierException.Kind.ENTERPRISE_NUMBER));
    }

    @Test
    void theStructuredCommunicationOfABaseCarriesItsCheckDigits() {
        StructuredCommunication ogm = StructuredCommunication.ofBase("3124013980");

        assertThat(ogm.formatted()).isEqualTo("+++312/4013/98067+++");
        assertThat(StructuredCommunication.parse("+++312/4013/98067+++")).isEqualTo(ogm);
        assertThat(StructuredCommunication.parse("312401398067")).isEqualTo(ogm);
    }

    @Test
    void aBaseThatIsAMultipleOf97GetsCheckDigits97() {
        // 97 × 103 = 9991: the rest is 0, written as 97.
        assertThat(StructuredCommunication.ofBase(9991L).formatted()).isEqualTo("+++000/0009/99197+++");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+++312/4013/98066+++", "+++312/4013/9806+++", "31240139806a", "+++000/0009/99100+++"})
    void aWrongStructuredCommunicationIsRefused(String written) {
        assertThatThrownBy(() -> StructuredCommunication.parse(written))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.kind())
                        .isEqualTo(InvalidIdentifierException.Kind.STRUCTURED_COMMUNICATION));
    }

    @Test
    void theIbanIsCheckedAndPrintedInGroupsOfFour() {
        Iban iban = Iban.parse("be68 5390 0754 7034");

        assertThat(iban.value()).isEqualTo("BE68539007547034");
        assertThat(iban.formatted()).isEqualTo("BE68 5390 0754 7034");
        assertThat(Iban.isValid("NL91ABNA0417164300")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE68539007547035", "BE6853900754703", "XX68539007547034", "68539007547034"})
    void aWrongIbanIsRefused(String written) {
        assertThatThrownBy(() -> Iban.parse(written))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.kind()).isEqualTo(InvalidIdentifierException.Kind.IBAN));
    }
}
