package be.actraject.bpmn.models;

import java.util.regex.Pattern;

/**
 * A condition on an amount in euro as a Dutch coordinator types it, made FEEL. A comma between digits is the decimal
 * comma ({@code > 500,50} is above 500.50), where FEEL would read two tests (above 500, or exactly 50); tests are
 * separated by a comma and a space. A point before exactly three digits ({@code > 1.000}) is refused: it is the Dutch
 * thousands separator as often as the decimal point, and the two differ a thousandfold. Anything but numbers
 * compared or ranged ({@code duur}, {@code > duur}, {@code x > 5}) is refused here: FEEL would read a name as a
 * variable that is never there, and the row would never match.
 */
public final class AmountCondition {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
    private static final Pattern THOUSANDS_POINT = Pattern.compile("\\d\\.\\d{3}(?!\\d)");
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    /** A number, a comparison with one, or a range; FEEL's open ends ] and ( included. */
    private static final String TEST = "(?:(?:<=|>=|<|>)?\\s*" + NUMBER
            + "|[\\[\\]\\(]\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\]\\[\\)])";
    private static final Pattern AMOUNT_TESTS = Pattern.compile(TEST + "(?:\\s*,\\s*" + TEST + ")*");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d)\\.(\\d)");

    private AmountCondition() {
    }

    /**
     * @param row    the row, from 1, for the refusal
     * @param column the column, for the refusal
     * @throws RuleTableRefusedException AMBIGUOUS_AMOUNT, NOT_AN_AMOUNT
     */
    static String feel(String typed, int row, String column) {
        if (THOUSANDS_POINT.matcher(typed).find()) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.AMBIGUOUS_AMOUNT, row, column,
                    typed, "");
        }
        String feel = DECIMAL_COMMA.matcher(typed).replaceAll("$1.$2");
        if (!feel.isBlank() && !AMOUNT_TESTS.matcher(feel.strip()).matches()) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.NOT_AN_AMOUNT, row, column,
                    typed, "");
        }
        return feel;
    }

    /** A condition as saved, shown back with the decimal comma a Dutch reader types ({@code > 499,99}). */
    public static String withDecimalComma(String feel) {
        return feel == null ? "" : DECIMAL_POINT.matcher(feel).replaceAll("$1,$2");
    }
}
