package be.actraject.domain.earnings;

import be.actraject.domain.RefusedException;

/** A statement for a month before the latest one: the balance carried forward would no longer add up. */
public class StatementOutOfOrderException extends RefusedException {

    private final String latest;

    public StatementOutOfOrderException(String latest) {
        super("earnings.outOfOrder", "The latest statement is of " + latest, latest);
        this.latest = latest;
    }

    public String latest() {
        return latest;
    }
}
