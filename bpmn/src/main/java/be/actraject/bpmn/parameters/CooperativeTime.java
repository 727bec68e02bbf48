package be.actraject.bpmn.parameters;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** Turns the domain's days into the moments the engine's timers and due dates need. */
@Component
public class CooperativeTime {

    private final Clock clock;
    private final TrajectoryParameters parameters;

    public CooperativeTime(Clock clock, TrajectoryParameters parameters) {
        this.clock = clock;
        this.parameters = parameters;
    }

    /** The given day at the hour timers fall due, in the cooperative's time zone. */
    public Date morningOf(LocalDate day) {
        return Date.from(day.atTime(parameters.getTimerHour(), 0).atZone(clock.getZone()).toInstant());
    }

    /** The cooperative's calendar day of a moment. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
