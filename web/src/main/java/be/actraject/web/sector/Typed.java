package be.actraject.web.sector;

/**
 * Text as a form receives it, cleaned before validation: no-break and other odd spaces fold to one space and the
 * ends are trimmed, so that a name of no-break spaces only is blank to {@code @NotBlank} and gets its message.
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
