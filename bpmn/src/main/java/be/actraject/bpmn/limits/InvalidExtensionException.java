package be.actraject.bpmn.limits;

import java.time.Period;

/** An extension must be positive and at most {@link #longest()}. */
public class InvalidExtensionException extends RuntimeException {

    private final Period longest;

    public InvalidExtensionException(Period longest) {
        super("An extension lies between one day and " + longest);
        this.longest = longest;
    }

    public Period longest() {
        return longest;
    }
}
