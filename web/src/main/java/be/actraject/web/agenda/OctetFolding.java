package be.actraject.web.agenda;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character. ical4j 4.1.1's
 * {@code FoldingWriter} counts characters (73 of them), so a summary with "Çağrı" or an emoji gives physical lines of
 * more than 75 octets, and a fold may fall between the two halves of a surrogate pair; its output is unfolded here
 * (CRLF followed by one space, exactly what it inserts) and folded again by octets.
 */
final class OctetFolding {

    /** RFC 5545: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetFolding() {
    }

    static String refold(String calendar) {
        String unfolded = calendar.replace(CRLF + " ", "").replace(CRLF + "\t", "");
        StringBuilder out = new StringBuilder(calendar.length() + calendar.length() / 32);
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                fold(line, out);
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                // The continuation line's leading space counts towards its 75 octets.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }
}
