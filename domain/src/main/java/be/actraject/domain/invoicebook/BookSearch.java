package be.actraject.domain.invoicebook;

import be.actraject.domain.candidate.SearchKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What was typed in the invoice book's search box, read the three ways an invoice is looked for: part of its number,
 * part of its customer's name, or its structured communication typed any way the bank or the customer wrote it
 * ({@code +++090/9337/55493+++}, {@code 090933755493}, with spaces pasted in). Pasted no-break spaces and surrounding
 * spaces do not count. LIKE's wildcards are escaped, not obeyed: {@code %} alone finds the numbers with a percent
 * sign in them (none), not every invoice. The customer's name is compared folded ({@link SearchKeys#name}, kept beside
 * the invoice since V39), so that "cagri" and "ÇAĞRI" both find "Çağrı Yılmaz", word by word in any order ("yilmaz
 * cagri" too).
 */
record BookSearch(String raw) {

    /** The fewest digits that are looked for in the communications: fewer would match almost every invoice. */
    static final int MINIMUM_DIGITS = 3;

    static BookSearch of(String typed) {
        String cleaned = typed == null ? "" : typed.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        return new BookSearch(cleaned);
    }

    /** " and (…)" matching the invoice alias {@code i}, binding its parameters; "" when nothing was typed. */
    String clause(Map<String, Object> parameters) {
        if (raw.isEmpty()) {
            return "";
        }
        List<String> ways = new ArrayList<>();
        ways.add("upper(i.number) like :searchNumber escape '\\'");
        parameters.put("searchNumber", "%" + escaped(raw.toUpperCase(Locale.ROOT).replace(" ", "")) + "%");
        String name = SearchKeys.name(raw);
        if (!name.isEmpty()) { // only punctuation typed: no name to look for, rather than every name
            // Every word typed, in any order, as the navigation's search: "yilmaz cagri" finds "Çağrı Yılmaz".
            String[] words = name.split(" ");
            List<String> each = new ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                each.add("i.customerSearch like :searchCustomer" + w);
                parameters.put("searchCustomer" + w, "%" + words[w] + "%");
            }
            ways.add("(" + String.join(" and ", each) + ")");
        }
        String digits = raw.replaceAll("\\D", "");
        if (raw.matches("[0-9+*/ .-]+") && digits.length() >= MINIMUM_DIGITS) {
            ways.add("i.communication like :searchCommunication");
            parameters.put("searchCommunication", "%" + digits + "%");
        }
        return " and (" + String.join(" or ", ways) + ")";
    }

    /** The text with LIKE's wildcards and its escape character taken literally. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
