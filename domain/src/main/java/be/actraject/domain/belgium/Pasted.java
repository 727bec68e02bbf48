package be.actraject.domain.belgium;

import java.util.Locale;

/**
 * An identifier as people paste it, compacted: from a PDF, a mail or a web page it comes with spaces of every kind
 * (U+0020, no-break U+00A0, narrow no-break U+202F, tabs, zero-width U+200B/U+2060/U+FEFF), dots, hyphens or dashes
 * (U+2010–U+2015, U+2212) and in lower case. Those are layout, never part of an enterprise number, VAT number, IBAN
 * or BIC; what is left is checked as its registry defines it.
 */
public final class Pasted {

    private Pasted() {
    }

    /** The text without layout characters, in capitals; {@code null} stays {@code null}. */
    public static String compact(String text) {
        return compact(text, "");
    }

    /**
     * The same, also without the characters given: the slashes, plus signs and asterisks around a structured
     * communication ({@code +++123/4567/89012+++}, {@code ***…***}).
     */
    public static String compact(String text, String alsoDropped) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isLayout(c) && alsoDropped.indexOf(c) < 0).forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isLayout(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF'
                || c == '.' || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}
