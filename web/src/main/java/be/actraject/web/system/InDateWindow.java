package be.actraject.web.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's date, date-time or month lies in its {@link DateWindow} from today on the cooperative's clock (Bean
 * Validation's clock, set by {@code ValidationClockConfiguration}); the refusal says the window.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateWindowValidator.class)
public @interface InDateWindow {

    DateWindow value();

    String message() default "{date.window}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
