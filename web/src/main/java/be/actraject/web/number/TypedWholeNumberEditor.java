package be.actraject.web.number;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * A whole number ({@code Integer}) as people type or paste it: spaces anywhere (a pasted no-break space, a thin
 * space between thousands) and invisible format characters are left out, an optional sign and ASCII digits remain.
 * Anything else — {@code 1.5}, {@code 1,5}, {@code 90 min}, Arabic-Indic {@code ٩٠} — and a number past an
 * {@code int} are refused ({@code IllegalArgumentException}, which the binder reports as {@code typeMismatch} with the
 * text as typed); {@link KindBindingErrors} says the field's bound for one past an {@code int}. Nothing is empty.
 */
final class TypedWholeNumberEditor extends PropertyEditorSupport {

    private static final Pattern LEFT_OUT = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    @Override
    public void setAsText(String text) {
        String digits = digitsOf(text);
        if (digits.isEmpty()) {
            setValue(null);
            return;
        }
        if (!WHOLE.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a whole number: " + text);
        }
        setValue(Integer.valueOf(digits)); // NumberFormatException, an IllegalArgumentException, past an int
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    /** The text without spaces and format characters; empty for none. */
    static String digitsOf(String text) {
        return text == null ? "" : LEFT_OUT.matcher(text).replaceAll("");
    }

    /** Whether the text is a whole number, of any size, once spaces are left out. */
    static boolean isWhole(String text) {
        return WHOLE.matcher(digitsOf(text)).matches();
    }
}
