package be.actraject.domain.find;

import be.actraject.domain.candidate.SearchKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person typed in a search box, read the ways a candidate can be found: a name (folded, {@link SearchKeys}),
 * a job seeker number, an e-mail address, and, when it looks like one, a phone number compared by its digits.
 * Pasted no-break spaces and surrounding spaces do not count; LIKE's wildcards are taken out, not obeyed.
 */
record SearchText(String raw) {

    /** The fewest characters a search answers to: two keystrokes. */
    static final int MINIMUM = 2;

    static SearchText of(String typed) {
        String cleaned = typed == null ? "" : typed.replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("[%_\\\\]", "").strip();
        return new SearchText(cleaned);
    }

    boolean answerable() {
        return raw.length() >= MINIMUM;
    }

    String upper() {
        return raw.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** " and (…)" matching a candidate alias, binding its parameters; "" when nothing answerable was typed. */
    String candidateClause(String candidate, Map<String, Object> parameters) {
        if (!answerable()) {
            return "";
        }
        List<String> ways = new ArrayList<>();
        String name = SearchKeys.name(raw);
        if (!name.isEmpty()) {
            ways.add(candidate + ".searchName like :textName");
            parameters.put("textName", "%" + name + "%");
        }
        ways.add(candidate + ".jobSeekerNumber like :textNumber");
        parameters.put("textNumber", "%" + upper() + "%");
        ways.add("lower(" + candidate + ".email) like :textEmail");
        parameters.put("textEmail", "%" + raw.toLowerCase(Locale.ROOT) + "%");
        String digits = SearchKeys.phoneDigits(raw);
        if (raw.matches("[0-9+ ./()-]+") && digits.length() >= MINIMUM) {
            ways.add(candidate + ".phoneDigits like :textPhone");
            parameters.put("textPhone", "%" + digits + "%");
        }
        return " and (" + String.join(" or ", ways) + ")";
    }
}
