package be.actraject.bpmn.models;

import java.util.regex.Pattern;

/**
 * A condition on an amount in euro as a Dutch coordinator types it, made FEEL. A comma between digits is the decimal
 * comma ({@code > 500,50} is above 500.50), where FEEL would read two tests (above 500, or exactly 50); tests are
 * separated by a comma and a space. A point before exactly three digits ({@code > 1.000}) is refused: it is the Dutch
 * thousands separator as often as the decimal point, and the two differ a thousandfold.
 */
final class AmountCondition {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
    private static final Pattern THOUSANDS_POINT = Pattern.compile("\\d\\.\\d{3}(?!\\d)");

    private AmountCondition() {
    }

    /**
     * @param row    the row, from 1, for the refusal
     * @param column the column, for the refusal
     * @throws RuleTableRefusedException AMBIGUOUS_AMOUNT
     */
    static String feel(String typed, int row, String column) {
        if (THOUSANDS_POINT.matcher(typed).find()) {
            throw new RuleTableRefusedException(RuleTableRefusedException.Problem.AMBIGUOUS_AMOUNT, row, column,
                    typed, "");
        }
        return DECIMAL_COMMA.matcher(typed).replaceAll("$1.$2");
    }
}
