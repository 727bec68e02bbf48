package be.actraject.web.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's date-time exists on the cooperative's clock (Bean Validation's clock, set by
 * {@code ValidationClockConfiguration}): not in the hour skipped when summer time begins. Refused beside the field,
 * with what was typed kept, rather than moved an hour on as {@code LocalDateTime.atZone} would.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExistingWallClockTimeValidator.class)
public @interface ExistingWallClockTime {

    String message() default "{wallClock.nonexistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
