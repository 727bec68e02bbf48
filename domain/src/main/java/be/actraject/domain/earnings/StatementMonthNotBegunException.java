package be.actraject.domain.earnings;

import be.actraject.domain.RefusedException;

/** A statement for a month that is not over yet: payments and costs may still come in. */
public class StatementMonthNotBegunException extends RefusedException {

    public StatementMonthNotBegunException(String month) {
        super("earnings.monthFuture", "The month " + month + " is not over yet");
    }
}
