package be.actraject.domain.sector;

/**
 * Text as people paste it: no-break and other odd spaces fold to one space, invisible format characters go, and a
 * text that is left blank is no text. Without this a name of no-break spaces only would pass as a name.
 */
final class Typed {

    private Typed() {
    }

    static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.replaceAll("\\p{Cf}", "").replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * As {@link #clean}, but a text area's line breaks stay (one per line, CR LF as LF), each line trimmed: a
     * description of a few lines is shown as typed.
     */
    static String cleanLines(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.replaceAll("\\p{Cf}", "").replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]&&[^\\n]]+", " ")
                .replaceAll(" ?\n ?", "\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
