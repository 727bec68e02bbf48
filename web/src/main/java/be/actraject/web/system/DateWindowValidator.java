package be.actraject.web.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;

/** Checks {@link InDateWindow} on a {@link LocalDate}, {@link LocalDateTime} or {@link YearMonth}. */
public class DateWindowValidator implements ConstraintValidator<InDateWindow, Temporal> {

    private DateWindow window;

    @Override
    public void initialize(InDateWindow annotation) {
        window = annotation.value();
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        // A month lies in the window when any of its days does.
        boolean inside = value instanceof YearMonth month
                ? window.admits(clamp(month, today), today)
                : window.admits(LocalDate.from(value), today);
        if (!inside) {
            context.disableDefaultConstraintViolation();
            // The bounds as parameters {0} and {1}: the same the message takes in a flash (DateOutsideWindowException).
            Object[] bounds = window.messageArguments(today);
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("0", bounds[0]).addMessageParameter("1", bounds[1])
                    .buildConstraintViolationWithTemplate("{" + window.messageKey() + "}").addConstraintViolation();
        }
        return inside;
    }

    private LocalDate clamp(YearMonth month, LocalDate today) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate earliest = window.earliest(today);
        return last.isBefore(earliest) ? last : first.isBefore(earliest) ? earliest : first;
    }
}
