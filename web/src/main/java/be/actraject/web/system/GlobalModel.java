package be.actraject.web.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What every page may need: the present moment, by the cooperative's clock, to tell what is overdue. */
@ControllerAdvice
class GlobalModel {

    private final Clock clock;

    GlobalModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }

    /** The cooperative's calendar day, for what is due by a date. */
    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
