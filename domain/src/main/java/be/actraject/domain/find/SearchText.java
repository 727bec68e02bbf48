package be.actraject.domain.find;

import be.actraject.domain.candidate.SearchKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person typed in a search box, read the ways a candidate can be found: a name (folded, {@link SearchKeys}),
 * a job seeker number, an e-mail address, and, when it looks like one, a phone number compared by its digits.
 * Only its first {@link Finder#MAX_LENGTH} characters count. Pasted no-break spaces and surrounding spaces do not count; LIKE's wildcards are taken out, not obeyed; its length
 * is counted in letters and digits, so that punctuation does not make it long enough.
 * <p>
 * Three characters or more are found anywhere in a column ({@code like '%abc%'}), which PostgreSQL answers from the
 * trigram indexes of V47. Two characters hold no trigram, so no index could answer "anywhere", and they match most
 * of the table anyway: they are found where a word starts — a name's words, the start of a number, address or phone
 * number ({@code like 'ab%'}, {@code like '% ab%'}), which the same indexes serve.
 */
record SearchText(String raw) {

    /** The fewest characters a search answers to: two keystrokes. */
    static final int MINIMUM = 2;
    /** The fewest characters found anywhere in a column; fewer are found at word starts only. */
    static final int ANYWHERE = 3;

    static SearchText of(String typed) {
        String cleaned = Finder.asTyped(typed).replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("[%_\\\\]", "").strip();
        return new SearchText(cleaned);
    }

    /** Whether enough was typed to search: two letters or digits ("d'" is one), or one Han or Hangul syllable. */
    boolean answerable() {
        return significant() >= MINIMUM;
    }

    /** Whether what was typed is short enough to be sought at word starts only: fewer than three letters or digits. */
    boolean wordStartsOnly() {
        return significant() < ANYWHERE;
    }

    /**
     * The letters and digits typed, of any script: punctuation does not make a search longer ("ho'" is "ho"). A Han
     * character or a Hangul syllable counts as two: one of them is a whole syllable, often a whole family name (김,
     * 李), which a single Latin letter never is — so one answers, as two Latin letters do, at word starts.
     */
    private long significant() {
        return raw.codePoints().filter(Character::isLetterOrDigit).map(SearchText::weight).sum();
    }

    private static int weight(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL ? 2 : 1;
    }

    String upper() {
        return raw.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** A LIKE pattern for {@code text} at the start of a column (short input) or anywhere in it. */
    String pattern(String text) {
        return wordStartsOnly() ? text + "%" : "%" + text + "%";
    }

    /**
     * " and (…)" for the names in which a word starts with what was typed — those the search shows first ("ca" finds
     * Çağrı before Jacobs) — binding :wordStart and :innerWordStart; "" when no name was typed.
     */
    String wordStartClause(String candidate, Map<String, Object> parameters) {
        String name = SearchKeys.name(raw);
        if (!answerable() || name.isEmpty()) {
            return "";
        }
        return " and " + wordStart(candidate, name, parameters);
    }

    /** " and not (…)": the opposite of {@link #wordStartClause}, names that are missing included. */
    String notWordStartClause(String candidate, Map<String, Object> parameters) {
        String name = SearchKeys.name(raw);
        if (!answerable() || name.isEmpty()) {
            return "";
        }
        return " and (" + candidate + ".searchName is null or not " + wordStart(candidate, name, parameters) + ")";
    }

    private static String wordStart(String candidate, String name, Map<String, Object> parameters) {
        parameters.put("wordStart", name + "%");
        parameters.put("innerWordStart", "% " + name + "%");
        return "(" + candidate + ".searchName like :wordStart or " + candidate
                + ".searchName like :innerWordStart)";
    }

    /**
     * "(…)" matching a folded search name column ({@code SearchKeys}) on every word typed, in any order: "pieter
     * bossche" finds "Pieter Van den Bossche", "hotel valk" "De Valk Hotel". A word of three letters or more is found
     * anywhere in the column, a shorter one where a word starts; a query short as a whole ({@link #wordStartsOnly})
     * only where a word starts. Binds {@code :<prefix>0…n}.
     *
     * @return null when no name was typed (only punctuation, say)
     */
    String nameMatch(String column, String prefix, Map<String, Object> parameters) {
        String name = SearchKeys.name(raw);
        if (!answerable() || name.isEmpty()) {
            return null;
        }
        List<String> each = new ArrayList<>();
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String at = prefix + i;
            if (wordStartsOnly() || word.codePointCount(0, word.length()) < ANYWHERE) {
                parameters.put(at, word + "%");
                parameters.put(at + "inner", "% " + word + "%");
                each.add("(" + column + " like :" + at + " or " + column + " like :" + at + "inner)");
            } else {
                parameters.put(at, "%" + word + "%");
                each.add(column + " like :" + at);
            }
        }
        return "(" + String.join(" and ", each) + ")";
    }

    /** " and (…)" matching a candidate alias, binding its parameters; "" when nothing answerable was typed. */
    String candidateClause(String candidate, Map<String, Object> parameters) {
        if (!answerable()) {
            return "";
        }
        List<String> ways = new ArrayList<>();
        String name = nameMatch(candidate + ".searchName", "textName", parameters);
        if (name != null) {
            ways.add(name);
        }
        ways.add(candidate + ".jobSeekerNumber like :textNumber");
        parameters.put("textNumber", pattern(upper()));
        ways.add("lower(" + candidate + ".email) like :textEmail");
        parameters.put("textEmail", pattern(raw.toLowerCase(Locale.ROOT)));
        String digits = SearchKeys.phoneDigits(raw);
        if (raw.matches("[0-9+ ./()-]+") && digits.length() >= MINIMUM) {
            ways.add(candidate + ".phoneDigits like :textPhone");
            parameters.put("textPhone", digits.length() < ANYWHERE ? digits + "%" : "%" + digits + "%");
        }
        return " and (" + String.join(" or ", ways) + ")";
    }
}
