package be.actraject.web.text;

import java.beans.PropertyEditorSupport;
import java.util.function.UnaryOperator;

/**
 * The binder's editor for text: {@link TypedText} folds what was typed; for a form's field, nothing left is no value
 * ({@code null}), as if the field had not been sent, so that {@code @NotBlank} and {@code @NotNull} refuse it and an
 * optional field stores nothing rather than a blank.
 */
final class TypedTextEditor extends PropertyEditorSupport {

    private final UnaryOperator<String> reading;
    private final boolean emptyAsNull;

    TypedTextEditor(UnaryOperator<String> reading, boolean emptyAsNull) {
        this.reading = reading;
        this.emptyAsNull = emptyAsNull;
    }

    @Override
    public void setAsText(String text) {
        String read = reading.apply(text);
        setValue(emptyAsNull && read != null && read.isEmpty() ? null : read);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
