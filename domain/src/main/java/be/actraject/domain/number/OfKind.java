package be.actraject.domain.number;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link java.math.BigDecimal} of one {@link NumberKind}: as a constraint it refuses a negative value, too many
 * decimals or a value above the kind's maximum, each with its own message ({@code number.KIND.PROBLEM} in the
 * message bundles, e.g. {@code number.HOURS.TOO_LARGE}); the web layer also reads it to parse and print the field in
 * the user's language. {@code null} is valid: pair with {@code @NotNull} where a value is required.
 */
@Documented
@Constraint(validatedBy = OfKindValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OfKind {

    NumberKind value();

    String message() default "{number.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
