package be.actraject.bpmn.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on an amount in euro as a Dutch coordinator types it, made FEEL. A comma between digits is the decimal
 * comma ({@code > 500,50} is above 500.50), where FEEL would read two tests (above 500, or exactly 50); tests are
 * separated by a comma and a space. A point or a comma before exactly three digits ({@code > 1.000}, {@code > 1,000})
 * is refused: an amount has at most two decimals, so either may be a thousands separator (Dutch the point, English
 * the comma) as well as the decimal sign, and the two readings differ a thousandfold. Anything but numbers
 * compared or ranged ({@code duur}, {@code > duur}, {@code x > 5}) is refused here: FEEL would read a name as a
 * variable that is never there, and the row would never match.
 */
public final class AmountCondition {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
    /** A point or a comma before exactly three digits: thousands in one language, a decimal sign in the other. */
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("\\d[.,]\\d{3}(?!\\d)");
    /** A comma between digits in a count: a decimal or thousands sign, never FEEL's "or" (that has a space). */
    private static final Pattern COMMA_BETWEEN_DIGITS = Pattern.compile("\\d,\\d");
    private static final String WHOLE = "\\d+";
    /** A whole number of 0 or more, compared or ranged, as a count is; tests separated by a comma. */
    private static final String COUNT_TEST = "(?:(?:<=|>=|<|>)?\\s*" + WHOLE
            + "|[\\[\\]\\(]\\s*" + WHOLE + "\\s*\\.\\.\\s*" + WHOLE + "\\s*[\\]\\[\\)])";
    private static final Pattern COUNT_TESTS = Pattern.compile(COUNT_TEST + "(?:\\s*,\\s*" + COUNT_TEST + ")*");
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    /** A number, a comparison with one, or a range; FEEL's open ends ] and ( included. */
    private static final String TEST = "(?:(?:<=|>=|<|>)?\\s*" + NUMBER
            + "|[\\[\\]\\(]\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\]\\[\\)])";
    private static final Pattern AMOUNT_TESTS = Pattern.compile(TEST + "(?:\\s*,\\s*" + TEST + ")*");
    private static final Pattern ONE_TEST = Pattern.compile(TEST);
    private static final Pattern RANGE = Pattern.compile(
            "([\\[\\]\\(])\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*([\\]\\[\\)])");
    private static final Pattern COMPARED = Pattern.compile("(<=|>=|<|>|)\\s*(" + NUMBER + ")");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d)\\.(\\d)");

    private AmountCondition() {
    }

    /**
     * @param row    the row, from 1, for the refusal
     * @param column the column, for the refusal
     * @throws RuleTableRefusedException AMBIGUOUS_AMOUNT, NOT_AN_AMOUNT
     */
    public static String feel(String typed, int row, String column) {
        if (THOUSANDS_SEPARATOR.matcher(typed).find()) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.AMBIGUOUS_AMOUNT, row, column,
                    typed, "");
        }
        String feel = DECIMAL_COMMA.matcher(typed).replaceAll("$1.$2");
        if (!feel.isBlank() && !AMOUNT_TESTS.matcher(feel.strip()).matches()) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.NOT_AN_AMOUNT, row, column,
                    typed, "");
        }
        meant(feel, typed, row, column);
        return feel;
    }

    /**
     * A condition on a count (of invoices issued) as typed, checked: empty for any count, or whole numbers of 0 or
     * more compared ({@code 3}, {@code < 3}, {@code >= 3}) or ranged ({@code [1..3]}, {@code ]1..3[}), tests separated
     * by a comma and a space, and meant ({@link #meant}). Anything else ({@code drie}, {@code 2,5}, {@code 1.000},
     * {@code "a"}, {@code < 3 and > 1}) is refused: FEEL would read a name as a variable never there, {@code < 2,5}
     * as "below 2 or exactly 5", and the row would not apply as the coordinator meant.
     *
     * @return the condition stripped, as FEEL
     * @throws RuleTableRefusedException NOT_A_COUNT, EMPTY_RANGE, NEVER_MATCHES, MATCHES_EVERY_VALUE
     */
    public static String count(String typed, int row, String column) {
        String feel = typed == null ? "" : typed.strip();
        if (!feel.isEmpty() && (COMMA_BETWEEN_DIGITS.matcher(feel).find() || !COUNT_TESTS.matcher(feel).matches())) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.NOT_A_COUNT, row, column, feel,
                    "");
        }
        meant(feel, feel, row, column);
        return feel;
    }

    /**
     * Refuses a condition of numbers (compared, ranged or listed) no person means, in any column that counts or
     * sums, an amount or a number of invoices: an empty range ({@code [200..100]}); a test no value of 0 or more
     * meets ({@code < 0}: an amount or a count is never negative, so the row would never apply); and tests whose
     * comma — FEEL's "or" — together match every value ({@code > 100, < 200}, meant as "between"). A condition that
     * is not numbers alone is left to the column's own check and to the engine.
     *
     * @param feel   the condition in FEEL (decimal point)
     * @param typed  as typed, for the refusal
     * @throws RuleTableRefusedException EMPTY_RANGE, NEVER_MATCHES, MATCHES_EVERY_VALUE
     */
    public static void meant(String feel, String typed, int row, String column) {
        if (feel == null || feel.isBlank() || !AMOUNT_TESTS.matcher(feel.strip()).matches()) {
            return;
        }
        List<Bounds> tests = new ArrayList<>();
        Matcher test = ONE_TEST.matcher(feel);
        while (test.find()) {
            tests.add(Bounds.of(test.group().strip()));
        }
        for (Bounds b : tests) {
            if (b.empty()) {
                throw new RuleTableRefusedException(RuleTableRefusedException.Problem.EMPTY_RANGE, row, column,
                        typed, "");
            }
            if (b.belowZero()) {
                throw new RuleTableRefusedException(RuleTableRefusedException.Problem.NEVER_MATCHES, row, column,
                        typed, "");
            }
        }
        for (Bounds below : tests) {
            for (Bounds above : tests) {
                if (below.low == null && above.high == null && below.high != null && above.low != null
                        && (below.high.compareTo(above.low) > 0
                        || below.high.compareTo(above.low) == 0 && (below.highIn || above.lowIn))) {
                    throw new RuleTableRefusedException(RuleTableRefusedException.Problem.MATCHES_EVERY_VALUE, row,
                            column, typed, "");
                }
            }
        }
    }

    /** One test as the values it admits: a null bound is open-ended; {@code In} says the bound itself is in. */
    private record Bounds(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn) {

        static Bounds of(String test) {
            Matcher range = RANGE.matcher(test);
            if (range.matches()) {
                return new Bounds(new BigDecimal(range.group(2)), range.group(1).equals("["),
                        new BigDecimal(range.group(3)), range.group(4).equals("]"));
            }
            Matcher compared = COMPARED.matcher(test);
            if (!compared.matches()) {
                throw new IllegalStateException(test);
            }
            BigDecimal n = new BigDecimal(compared.group(2));
            return switch (compared.group(1)) {
                case "<" -> new Bounds(null, false, n, false);
                case "<=" -> new Bounds(null, false, n, true);
                case ">" -> new Bounds(n, false, null, false);
                case ">=" -> new Bounds(n, true, null, false);
                default -> new Bounds(n, true, n, true);
            };
        }

        boolean empty() {
            return low != null && high != null
                    && (low.compareTo(high) > 0 || low.compareTo(high) == 0 && !(lowIn && highIn));
        }

        boolean belowZero() {
            return high != null && (high.signum() < 0 || high.signum() == 0 && !highIn);
        }
    }

    /** A condition as saved, shown back with the decimal comma a Dutch reader types ({@code > 499,99}). */
    public static String withDecimalComma(String feel) {
        return feel == null ? "" : DECIMAL_POINT.matcher(feel).replaceAll("$1,$2");
    }
}
