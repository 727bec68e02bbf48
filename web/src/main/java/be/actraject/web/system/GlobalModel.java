package be.actraject.web.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.Instant;

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
}
