package be.actraject.domain.number;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.math.BigDecimal;

/** Checks an {@link OfKind} value against its kind; the message names the problem ({@code number.MONEY.NEGATIVE}). */
public class OfKindValidator implements ConstraintValidator<OfKind, BigDecimal> {

    private NumberKind kind;

    @Override
    public void initialize(OfKind annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return kind.problemWith(value).map(problem -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{number." + kind + "." + problem + "}")
                    .addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
