package be.actraject.web.number;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TypedWholeNumberEditorTest {

    /**
     * Spaces typed or pasted around it (no-break too), invisible ones (zero-width) anywhere and any space between
     * thousands (thin, narrow no-break) are left out.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"90|90", " 90 |90", "\u00A090\u00A0|90", "1\u2009234|1234",
            "1\u202F234|1234", "12 345 678|12345678", "\u200B4\u200B5|45", "+15|15", "-5|-5", "-1 000|-1000",
            "2147483647|2147483647", "010|10"})
    void aWholeNumberAsTypedIsReadAsItsDigits(String typed, int read) {
        TypedWholeNumberEditor editor = new TypedWholeNumberEditor();
        editor.setAsText(typed);
        assertThat(editor.getValue()).isEqualTo(read);
        assertThat(editor.getAsText()).isEqualTo(Integer.toString(read));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,5", "1.000", "90 min", "1 20", "9\u00A00", "1 2345", "12  345", "\u0669\u0660",
            "\uFF19\uFF10", "1e3", "0x10", "--5", "2147483648", "2 147 483 648"})
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
