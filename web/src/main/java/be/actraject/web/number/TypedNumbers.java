package be.actraject.web.number;

import be.actraject.domain.number.NumberKind;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Reads and writes a number in the user's language, strictly, with ICU4J's number parser.
 * <p>
 * What is accepted, in Dutch ({@code nl}, decimal comma, grouping dot): {@code 12,50}, {@code 1.234,56},
 * {@code 1 234,56} with any Unicode space as the grouping (U+0020, U+00A0, U+202F …), and {@code -1} (the kind
 * decides whether a negative is allowed). Two choices for what people type on a keyboard whose number pad has a dot:
 * <ul>
 *   <li>a single dot followed by one or two digits and no comma ({@code 12.50}, {@code 0.5}) is a decimal mark —
 *       no Dutch grouping leaves fewer than three digits after a dot;</li>
 *   <li>a single dot followed by exactly three digits ({@code 1.234}) is grouping, as the language writes it, and
 *       then only where the grouping is exact: {@code 1.234} is 1234, {@code 12.34.5} is refused. A leading
 *       {@code 0.} ({@code 0.333}) cannot be grouping and is read as a decimal mark.</li>
 * </ul>
 * In English {@code 12.50} and {@code 1,234.56}; {@code 12,50} there is refused (the grouping is not exact). Refused in
 * every language: letters, exponents ({@code 1e3}), digits other than ASCII ({@code ١٢}, fullwidth), a grouping after a
 * first group with a leading zero ({@code 0,333} and {@code 01,234} in English), two decimal marks ({@code 1,2,3}), a
 * grouping after the decimal mark ({@code 12,5.0}) and anything after the number.
 */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /**
     * The number typed, exactly (no rounding: {@code 1,2345} stays 1.2345 for the kind's check to refuse);
     * {@code null} for nothing but spaces.
     *
     * @throws ParseException for text that is not one number in the language's notation
     */
    public static BigDecimal parse(String typed, Locale locale) throws ParseException {
        if (typed == null || isBlank(typed)) {
            return null;
        }
        DecimalFormat format = format(locale);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        String text = normalised(stripSpaces(typed), symbols.getDecimalSeparator(), symbols.getGroupingSeparator());
        if (!plainlyWritten(text, symbols.getDecimalSeparator(), symbols.getGroupingSeparator())) {
            throw new ParseException("Not a number in " + locale + ": " + typed, 0);
        }
        format.setParseStrict(true);
        format.setParseBigDecimal(true);
        format.setParseNoExponent(true);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(text, position);
        if (number == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
            throw new ParseException("Not a number in " + locale + ": " + typed, Math.max(0, position.getIndex()));
        }
        BigDecimal value = number instanceof com.ibm.icu.math.BigDecimal icu ? icu.toBigDecimal()
                : number instanceof BigDecimal plain ? plain : new BigDecimal(number.toString());
        // The parser drops trailing zeros; the decimals typed are kept, so that 12,50 shows back as 12,50.
        int mark = text.lastIndexOf(symbols.getDecimalSeparator());
        int typedDecimals = mark < 0 ? 0 : text.length() - mark - 1;
        return value.scale() < typedDecimals ? value.setScale(typedDecimals) : value;
    }

    /**
     * Whether the text reads two ways for a kind with three decimals: in a language whose grouping is a dot and whose
     * decimal mark a comma, {@code 1.333} is 1333 as the language writes it, or 1,333 typed on a number pad's dot. For
     * money (two decimals) only the first reading is possible; for a quantity both are, so neither is taken.
     */
    public static boolean ambiguous(String typed, Locale locale) {
        if (typed == null) {
            return false;
        }
        DecimalFormatSymbols symbols = format(locale).getDecimalFormatSymbols();
        return symbols.getGroupingSeparator() == '.' && symbols.getDecimalSeparator() == ','
                && stripSpaces(typed).matches("[1-9]\\d{0,2}\\.\\d{3}");
    }

    /**
     * The value in the language's notation, with grouping ({@code 1.234,5}). Without a kind it keeps the decimals
     * the value has ({@code 12.50} prints {@code 12,50}, {@code 1.5} prints {@code 1,5}, {@code -1} prints
     * {@code -1}): a number typed comes back as typed. Money prints at least its cents; the other kinds print
     * without trailing zeros; a value with more decimals than its kind keeps them all.
     */
    public static String print(BigDecimal value, NumberKind kind, Locale locale) {
        if (value == null) {
            return "";
        }
        int own = Math.max(0, value.scale());
        int significant = Math.max(0, value.stripTrailingZeros().scale());
        DecimalFormat format = format(locale);
        if (kind == null) {
            format.setMinimumFractionDigits(own);
            format.setMaximumFractionDigits(own);
        } else {
            format.setMinimumFractionDigits(kind == NumberKind.MONEY ? kind.decimals() : 0);
            format.setMaximumFractionDigits(Math.max(significant, kind.decimals()));
        }
        return format.format(value);
    }

    /**
     * The value as a form's input shows it: in the language's notation, with the decimals it has, without grouping
     * ({@code 1234,5}, {@code -1}, {@code 12,50}), so that what was typed without grouping comes back as typed.
     */
    public static String typedForm(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = format(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /**
     * An amount in euro in the language's currency notation ({@code € 3.150,00}, {@code €3,150.00}), to the cent. The
     * no-break space ICU puts after the sign is a plain one, as in the messages that write {@code "€ {0}"}.
     */
    public static String euro(BigDecimal value, Locale locale) {
        return currency(value, "EUR", locale);
    }

    /**
     * An amount in any currency as {@link #euro} writes euro, the sign where the language puts it ({@code € -99,00},
     * {@code US$ 10,00} in Dutch): one notation for every amount, whether a bank line's debit or a credit note.
     */
    public static String currency(BigDecimal value, String code, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
        format.setCurrency(com.ibm.icu.util.Currency.getInstance(code == null ? "EUR" : code));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
        return format.format(value).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static DecimalFormat format(Locale locale) {
        return (DecimalFormat) NumberFormat.getNumberInstance(ULocale.forLocale(locale));
    }

    /** Spaces of every kind inside the number are grouping; at its ends they are nothing. */
    private static String stripSpaces(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && isSpace(typed.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    private static String normalised(String text, char decimal, char grouping) {
        String read = text;
        int dot = text.indexOf('.');
        if (decimal == ',' && grouping == '.' && dot >= 0 && dot == text.lastIndexOf('.') && text.indexOf(',') < 0
                && text.chars().noneMatch(c -> isSpace((char) c))) {
            String before = text.substring(0, dot).replace("-", "");
            int after = text.length() - dot - 1;
            if (after == 1 || after == 2 || (after == 3 && before.matches("0*"))) {
                read = text.substring(0, dot) + ',' + text.substring(dot + 1);
            }
        }
        StringBuilder out = new StringBuilder(read.length());
        for (char c : read.toCharArray()) {
            out.append(isSpace(c) ? grouping : c);
        }
        return out.toString();
    }

    /**
     * ICU reads more than people type: other scripts' digits ({@code ١٢}, fullwidth {@code １２}), exponents and a
     * grouping after a leading zero ({@code 0,333} read as 333 in English). Only ASCII digits, one leading minus,
     * the language's two marks, and a first group without a leading zero when there is grouping.
     */
    private static boolean plainlyWritten(String text, char decimal, char grouping) {
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        for (char c : unsigned.toCharArray()) {
            if (!(c >= '0' && c <= '9') && c != decimal && c != grouping) {
                return false;
            }
        }
        int group = unsigned.indexOf(grouping);
        int mark = unsigned.indexOf(decimal);
        boolean groupedWhole = group >= 0 && (mark < 0 || group < mark);
        return !(groupedWhole && unsigned.startsWith("0"));
    }

    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> isSpace((char) c));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
