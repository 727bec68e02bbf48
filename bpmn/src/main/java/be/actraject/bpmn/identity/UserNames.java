package be.actraject.bpmn.identity;

/**
 * A user name as people type or paste it, made into the user id the engine knows. A name copied from a mail or a
 * document often brings an invisible space along (a no-break space U+00A0, a figure space U+2007, a narrow no-break
 * space U+202F, a byte order mark U+FEFF, a zero-width space U+200B), which a browser keeps and Spring Security's
 * {@code trim()} does not remove: {@code coach} followed by U+00A0 would be a name without an account.
 *
 * <p>Only the ends are stripped: a space inside a name is no user id anyway. The case is kept, because the engine
 * stores a user id as it was created and compares it exactly (on H2 and PostgreSQL); the accounts page creates only
 * lower-case ids, so that the ids of an installation differ by more than their case.
 */
public final class UserNames {

    private UserNames() {
    }

    /**
     * @param typed the user name as typed or pasted (may be null)
     * @return the name without any kind of space or invisible space at either end; null for null
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        int start = 0;
        int end = typed.length();
        while (start < end && isBlank(typed.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    /** Java's whitespace, Unicode's space separators (U+00A0, U+2007, U+202F…) and the zero-width ones. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u2060' || Character.getType(c) == Character.CONTROL;
    }
}
