package be.actraject.web.text;

/**
 * Text as people type and paste it, made into what they meant. Pasting from a word processor, a PDF or a web page
 * brings no-break spaces (U+00A0, U+2007, U+202F) and tabs that look like spaces but are not for Java's
 * {@code isBlank} nor for Bean Validation's {@code @NotBlank} or a {@code @Pattern} with a plain space: a first name
 * of one no-break space was accepted, a phone number {@code 0470 12 34 56} with one was refused.
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Every kind of Unicode space and the tab as a plain space, the invisible ones (zero-width space, word joiner,
     * byte order mark) dropped, then trimmed; line breaks inside stay, so that a text area keeps its lines.
     */
    public static String folded(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (invisible(c)) {
                continue;
            }
            out.append(c == '\t' || c == '\u000B' || c == '\u000C' || Character.isSpaceChar(c) && !lineBreak(c)
                    ? ' ' : c);
        }
        return out.toString().strip();
    }

    /** Without any space at all: for numbers that people write in groups (a VDAB client number). */
    public static String withoutSpaces(String typed) {
        String folded = folded(typed);
        return folded == null ? null : folded.replace(" ", "");
    }

    private static boolean lineBreak(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
