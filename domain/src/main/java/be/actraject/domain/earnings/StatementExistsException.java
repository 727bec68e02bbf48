package be.actraject.domain.earnings;

import be.actraject.domain.RefusedException;

/** The month already has its statement. */
public class StatementExistsException extends RefusedException {

    public StatementExistsException(String month) {
        super("earnings.monthDone", "There is a statement for " + month + " already");
    }
}
