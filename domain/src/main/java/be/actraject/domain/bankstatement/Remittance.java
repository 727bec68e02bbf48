package be.actraject.domain.bankstatement;

import be.actraject.domain.belgium.StructuredCommunication;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The remittance information of an entry, and the Belgian structured communication in it: given as the creditor
 * reference ({@code Strd/CdtrRefInf/Ref}, with or without the {@code +++}), or typed as free text
 * ({@code Ustrd}) between {@code +++} or {@code ***}, or as its twelve digits alone.
 */
final class Remittance {

    /** At most what the entry's column holds. */
    static final int MAX_LENGTH = 500;

    private static final Pattern WRAPPED = Pattern.compile("([+*]{3})\\s*([\\d/\\s.-]{12,20}?)\\s*\\1");
    private static final Pattern DIGITS = Pattern.compile("(?<!\\d)(\\d{3}[/\\s.]?\\d{4}[/\\s.]?\\d{5})(?!\\d)");

    private Remittance() {
    }

    /** The first value that is given. */
    static String firstOf(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** The parts given, in order, one space between them; null when none. */
    static String joined(Stream<String> parts) {
        String joined = parts.filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" "));
        if (joined.isEmpty()) {
            return null;
        }
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
    }

    /** The valid structured communication the text carries; empty when none, or when its check digits are wrong. */
    static Optional<StructuredCommunication> structured(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher wrapped = WRAPPED.matcher(text);
        if (wrapped.find()) {
            return valid(wrapped.group(2));
        }
        Matcher digits = DIGITS.matcher(text);
        return digits.find() ? valid(digits.group(1)) : Optional.empty();
    }

    /**
     * The text as shown to people: a structured communication given as its bare twelve digits (as banks put the
     * creditor reference) written +++123/4567/89012+++ as everywhere else; the rest as given.
     */
    static String shown(String text) {
        if (text == null || WRAPPED.matcher(text).find()) {
            return text;
        }
        Matcher digits = DIGITS.matcher(text);
        if (!digits.find()) {
            return text;
        }
        return valid(digits.group(1)).map(c -> text.substring(0, digits.start(1)) + c.formatted()
                + text.substring(digits.end(1))).orElse(text);
    }

    private static Optional<StructuredCommunication> valid(String written) {
        String digits = written.replaceAll("\\D", "");
        return StructuredCommunication.isValid(digits) ? Optional.of(new StructuredCommunication(digits))
                : Optional.empty();
    }
}
