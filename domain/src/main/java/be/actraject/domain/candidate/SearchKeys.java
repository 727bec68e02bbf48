package be.actraject.domain.candidate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded forms that searching and sorting compare, the same in Java and in the database: a name without accents,
 * case or punctuation ("Çağrı De Smet-Åberg" becomes "cagri de smet aberg", "Παπαδόπουλος" "παπαδοπουλοσ"), and a
 * Belgian phone number as its digits in the national form ("+32 470 12 34 56" becomes "0470123456"). Stored beside
 * the candidate (V18, V48), the customer (V48), the invoice (V39, V49) and the expert (V35, V50), so that H2 and
 * PostgreSQL compare plain lower-case letters and sort them alike, whatever their collation.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /**
     * The apostrophes people type or paste within a name: the typewriter one, the right single quotation mark of a word
     * processor, the modifier letter (ʼ), the left quotation mark and the grave accent typed for one.
     */
    private static final String APOSTROPHES = "['’ʼ‘`]";

    /**
     * The folded name: lower-case letters of any script without their accents, digits and single spaces; "" for null
     * or blank. Pasted no-break spaces and any other punctuation count as spaces; apostrophes join ("D'Hondt" becomes
     * "dhondt", as it is typed without one); a Greek final sigma is the sigma people type mid-word. At most twice as
     * long as the text ("ß" becomes "ss").
     */
    public static String name(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char ch : decomposed.toCharArray()) {
            folded.append(fold(ch));
        }
        // Composed again: a Hangul syllable decomposes into letters (jamo) that are no marks, and stays apart else.
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ς', 'σ')
                .replaceAll(APOSTROPHES, "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Letters that have no decomposition into a base letter and an accent. */
    private static String fold(char ch) {
        return switch (ch) {
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'þ', 'Þ' -> "th";
            default -> String.valueOf(ch);
        };
    }

    /** The digits of a phone number, a Belgian international prefix (+32, 0032) made national (0); "" without digits. */
    public static String phoneDigits(String text) {
        if (text == null) {
            return "";
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.startsWith("0032")) {
            return "0" + digits.substring(4);
        }
        if (text.strip().startsWith("+32")) {
            return "0" + digits.substring(2);
        }
        return digits;
    }

    /**
     * What the list sorts candidates by: the folded last name, then the folded first name. At most {@value
     * #SORT_NAME_LENGTH} characters for names of at most 100 (V1, V48).
     */
    public static String sortName(String firstName, String lastName) {
        return (name(lastName) + " " + name(firstName)).strip();
    }

    /** The longest {@link #sortName} of two names of at most 100 characters: two folded names and a space. */
    public static final int SORT_NAME_LENGTH = 2 * 200 + 1;
    /**
     * The longest {@link #searchName}: six folded names of at most 200 characters, the last and first name joined
     * (400) and six spaces.
     */
    public static final int SEARCH_NAME_LENGTH = 6 * 200 + 400 + 6;

    /**
     * What a name search looks in: first and last name both ways round, so "smet ann" finds "Ann De Smet" too; and
     * when a name holds an apostrophe, the same once more with it read as a space, so that the word after it starts a
     * word too: "Jan D'Hondt" is found by "dhondt", "d'hondt", "d hondt jan" and "jan d hondt", and by "ho", which is
     * sought at word starts ({@code SearchText}). Last, the last and first name joined without a space, as a name
     * written without spaces is typed: "김민준" for 김 민준, "vandenbossche" for Van den Bossche. At most {@value
     * #SEARCH_NAME_LENGTH} characters for names of at most 100 (V48).
     */
    public static String searchName(String firstName, String lastName) {
        String first = name(firstName);
        String last = name(lastName);
        String both = first + " " + last + " " + first;
        String firstApart = apart(firstName);
        String lastApart = apart(lastName);
        if (!firstApart.isEmpty() || !lastApart.isEmpty()) {
            String f = firstApart.isEmpty() ? first : firstApart;
            both += " " + f + " " + (lastApart.isEmpty() ? last : lastApart) + " " + f;
        }
        both += " " + (last + first).replace(" ", "");
        return both.strip().replaceAll(" {2,}", " ");
    }

    /**
     * What a search looks in for one name (a customer's): the folded name, then, when it holds an apostrophe, once
     * more with it read as a space ("L'Atelier" in "latelier l atelier"). At most four times as long plus one.
     */
    public static String searchWords(String text) {
        return (name(text) + " " + apart(text)).strip();
    }

    /** The folded name with its apostrophes read as spaces ("d hondt"); "" for a name without one. */
    private static String apart(String text) {
        if (text == null || !text.matches("(?s).*" + APOSTROPHES + ".*")) {
            return "";
        }
        return name(text.replaceAll(APOSTROPHES, " "));
    }
}
