package be.actraject.bpmn.limits;

import be.actraject.domain.RefusedException;
import java.time.Period;

/** An extension must be positive and at most {@link #longest()}. */
public class InvalidExtensionException extends RefusedException {

    private final Period longest;

    public InvalidExtensionException(Period longest) {
        super("limit.extension.invalid", "An extension lies between one day and " + longest);
        this.longest = longest;
    }

    public Period longest() {
        return longest;
    }
}
