package be.actraject.domain.earnings;

/** The month already has its statement. */
public class StatementExistsException extends RuntimeException {

    public StatementExistsException(String month) {
        super("There is a statement for " + month + " already");
    }
}
