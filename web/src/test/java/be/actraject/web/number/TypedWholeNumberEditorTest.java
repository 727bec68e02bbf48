package be.actraject.web.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TypedWholeNumberEditorTest {

    /** Spaces typed, pasted (no-break, thin, narrow no-break) or invisible (zero-width) are left out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"90|90", " 90 |90", "9\u00A00|90", "1\u2009234|1234", "1\u202F234|1234",
            "\u200B45\u200B|45", "+15|15", "-5|-5", "2147483647|2147483647"})
    void aWholeNumberAsTypedIsReadAsItsDigits(String typed, int read) {
        TypedWholeNumberEditor editor = new TypedWholeNumberEditor();
        editor.setAsText(typed);
        assertThat(editor.getValue()).isEqualTo(read);
        assertThat(editor.getAsText()).isEqualTo(Integer.toString(read));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,5", "1.000", "90 min", "\u0669\u0660", "1e3", "0x10", "--5", "2147483648"})
    void anythingElseIsRefusedAsNoWholeNumber(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TypedWholeNumberEditor().setAsText(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0"})
    void nothingTypedIsNoNumber(String typed) {
        TypedWholeNumberEditor editor = new TypedWholeNumberEditor();
        editor.setAsText(typed);
        assertThat(editor.getValue()).isNull();
    }
}
