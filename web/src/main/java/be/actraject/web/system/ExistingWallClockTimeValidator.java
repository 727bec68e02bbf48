package be.actraject.web.system;

import be.actraject.domain.agenda.WallClock;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDateTime;

/** Checks {@link ExistingWallClockTime} with the zone rules of the cooperative's clock. */
public class ExistingWallClockTimeValidator implements ConstraintValidator<ExistingWallClockTime, LocalDateTime> {

    @Override
    public boolean isValid(LocalDateTime value, ConstraintValidatorContext context) {
        return value == null || WallClock.exists(value, context.getClockProvider().getClock().getZone());
    }
}
