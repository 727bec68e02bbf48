package be.actraject.web.invoice;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lines' quantities and unit prices are within {@link be.actraject.web.number.Plausibility}'s ceilings, or the
 * form says they were confirmed: each unusual value is marked beside its field, and the form shows the checkbox.
 */
@Documented
@Constraint(validatedBy = PlausibleLinesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleLines {

    String message() default "{line.implausible.ask}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
