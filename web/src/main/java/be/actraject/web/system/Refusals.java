package be.actraject.web.system;

import be.actraject.domain.RefusedException;
import org.springframework.validation.Errors;

/**
 * A refusal shown above the form it refused, which is shown again with what was typed: the one reason a controller
 * catches a refusal it cannot point at a field. Every other refusal is {@link WebExceptionHandler}'s.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Adds the refusal's sentence (its key and arguments) as an error of the whole form. */
    public static void reject(Errors errors, RefusedException refused) {
        errors.reject(refused.messageKey(), refused.messageArguments(), null);
    }
}
