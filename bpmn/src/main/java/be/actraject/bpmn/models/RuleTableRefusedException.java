package be.actraject.bpmn.models;

import be.actraject.bpmn.parameters.ParameterRefusedException;

/**
 * A change to an editable decision table refused for what is in its rows, naming the row (from 1) and the column it
 * is about where there is one, so that the coordinator sees what to fix; nothing was deployed. A parameter refusal
 * like the others (INVALID), so that what catches those catches this too.
 */
public class RuleTableRefusedException extends ParameterRefusedException {

    public enum Problem {
        /** No rows, or more than {@link RuleTables#MAX_ROWS}. */
        ROW_COUNT,
        /** A sample case gets no answer: the last row does not catch every case. */
        NO_ANSWER,
        /** A condition the engine cannot read, with its words in the detail. */
        UNREADABLE,
        /** A value not among those the column offers (a payer, a phase). */
        UNKNOWN_VALUE,
        /** An amount with a point before three digits: a thousands separator or decimals, nobody can tell. */
        AMBIGUOUS_AMOUNT,
        /** An amount condition that is not numbers compared or ranged: a name, say, which would never match. */
        NOT_AN_AMOUNT,
        /** The table does not read and no single condition is to blame (the engine's words in the detail). */
        TABLE_UNREADABLE,
        /** A range whose lower end lies above its upper end ({@code [200..100]}): no value is in it. */
        EMPTY_RANGE,
        /** A number condition no value of 0 or more meets ({@code < 0}): an amount or a count never applies. */
        NEVER_MATCHES,
        /** Tests whose comma (FEEL's "or") together match every value ({@code > 100, < 200}, meant as between). */
        MATCHES_EVERY_VALUE,
        /** A count condition that is not a whole number of 0 or more compared or ranged ({@code drie}, {@code 2,5}). */
        NOT_A_COUNT,
        /** The latest version is no DMN decision table the editor can write rows into (a literal expression, say). */
        NOT_EDITABLE
    }

    private final Problem problem;
    private final int row;
    private final String column;
    private final String condition;
    private final String engineText;

    /**
     * @param row       the row, from 1; 0 for the table as a whole
     * @param column    the column's name as the form names it; "" for none
     * @param condition what the row says there, as typed
     * @param detail    the engine's words, made readable; "" for none
     */
    public RuleTableRefusedException(Problem problem, int row, String column, String condition, String detail) {
        super(Reason.INVALID, problem + " row " + row + " " + column + ": " + detail);
        this.problem = problem;
        this.row = row;
        this.column = column;
        this.condition = condition;
        this.engineText = detail;
    }

    public Problem problem() {
        return problem;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String condition() {
        return condition;
    }

    /** The engine's words alone, made readable; "" for none. */
    public String engineText() {
        return engineText;
    }
}
