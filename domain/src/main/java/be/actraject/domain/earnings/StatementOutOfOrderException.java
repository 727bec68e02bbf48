package be.actraject.domain.earnings;

/** A statement for a month before the latest one: the balance carried forward would no longer add up. */
public class StatementOutOfOrderException extends RuntimeException {

    private final String latest;

    public StatementOutOfOrderException(String latest) {
        super("The latest statement is of " + latest);
        this.latest = latest;
    }

    public String latest() {
        return latest;
    }
}
