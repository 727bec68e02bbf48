package be.actraject.bpmn.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A user name pasted with invisible spaces at its ends is the name itself; inside and case are left alone. */
class UserNamesTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "202F", "FEFF", "200B", "2060", "0020", "0009", "000A", "3000", "2003"})
    void everyKindOfSpaceAtEitherEndIsStripped(String codePoint) {
        String space = Character.toString(Integer.parseInt(codePoint, 16));

        assertThat(UserNames.normalise("coach" + space)).isEqualTo("coach");
        assertThat(UserNames.normalise(space + "coach" + space + space)).isEqualTo("coach");
    }

    @Test
    void theNameItselfIsKeptAsTyped() {
        assertThat(UserNames.normalise("Coach2")).as("the engine compares ids exactly").isEqualTo("Coach2");
        assertThat(UserNames.normalise("an\u00A0lambrecht")).as("inside, a space is part of what was typed")
                .isEqualTo("an\u00A0lambrecht");
        assertThat(UserNames.normalise("\u00A0\u202F")).isEmpty();
        assertThat(UserNames.normalise(null)).isNull();
    }
}
