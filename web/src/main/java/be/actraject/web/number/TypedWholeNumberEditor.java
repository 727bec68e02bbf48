package be.actraject.web.number;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * A whole number ({@code Integer}) as people type or paste it: spaces around it (a pasted no-break space) and
 * invisible format characters (a zero-width space) are left out, and a space of any kind between thousands
 * ({@code 1 234}, {@code 1 234}); what remains is an optional sign and ASCII digits. Anything else — {@code 1.5},
 * {@code 1,5}, {@code 90 min}, {@code 1 20} (one hour twenty? a hundred and twenty?), Arabic-Indic {@code ٩٠} — and a
 * number past an {@code int} are refused ({@code IllegalArgumentException}, which the binder reports as
 * {@code typeMismatch} with the text as typed); {@link KindBindingErrors} says the field's bound for one past an
 * {@code int}. Nothing typed is no number.
 */
final class TypedWholeNumberEditor extends PropertyEditorSupport {

    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}([\\s\\p{Z}][0-9]{3})+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]");
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

    /**
     * The text without format characters, spaces around it and spaces between thousands; empty for none. Other
     * spaces stay, so that the text is no whole number.
     */
    static String digitsOf(String text) {
        if (text == null) {
            return "";
        }
        String bare = AROUND.matcher(FORMAT.matcher(text).replaceAll("")).replaceAll("");
        return GROUPED.matcher(bare).matches() ? SPACE.matcher(bare).replaceAll("") : bare;
    }

    /** Whether the text is a whole number, of any size, once spaces are left out. */
    static boolean isWhole(String text) {
        return WHOLE.matcher(digitsOf(text)).matches();
    }
}
