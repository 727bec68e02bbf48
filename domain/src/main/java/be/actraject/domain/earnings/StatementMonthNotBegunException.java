package be.actraject.domain.earnings;

/** A statement for a month that is not over yet: payments and costs may still come in. */
public class StatementMonthNotBegunException extends RuntimeException {

    public StatementMonthNotBegunException(String month) {
        super("The month " + month + " is not over yet");
    }
}
