package be.actraject.domain.earnings;

/** A statement for a month that has not begun. */
public class StatementMonthNotBegunException extends RuntimeException {

    public StatementMonthNotBegunException(String month) {
        super("The month " + month + " has not begun");
    }
}
