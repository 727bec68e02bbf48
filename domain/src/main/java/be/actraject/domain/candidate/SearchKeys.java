package be.actraject.domain.candidate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded forms that searching and sorting compare, the same in Java and in the database: a name without accents,
 * case or punctuation ("Çağrı De Smet-Åberg" becomes "cagri de smet aberg"), and a Belgian phone number as its
 * digits in the national form ("+32 470 12 34 56" becomes "0470123456"). Stored beside the candidate (V18), so that
 * H2 and PostgreSQL compare plain lower-case ASCII and sort it alike, whatever their collation.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** The folded name: a–z, digits and single spaces; "" for null or blank. Pasted no-break spaces count as spaces. */
    public static String name(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char ch : decomposed.toCharArray()) {
            folded.append(fold(ch));
        }
        return folded.toString().toLowerCase(Locale.ROOT).replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
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

    /** What the list sorts candidates by: the folded last name, then the folded first name. */
    public static String sortName(String firstName, String lastName) {
        return (name(lastName) + " " + name(firstName)).strip();
    }

    /** What a name search looks in: first and last name both ways round, so "smet ann" finds "Ann De Smet" too. */
    public static String searchName(String firstName, String lastName) {
        String first = name(firstName);
        return (first + " " + name(lastName) + " " + first).strip();
    }
}
