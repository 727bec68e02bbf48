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
}
